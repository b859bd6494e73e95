import { render, screen } from '@testing-library/react';

import { cursorPageAddresses, filtersFromForm } from './filter-address';

describe('filtersFromForm', () => {
  it('keeps the named, non-blank values, trimmed, and drops the rest', () => {
    render(
      <form aria-label="Filter">
        <input name="name" defaultValue="  Kent " />
        <input name="nation" defaultValue="" />
        <input name="after" defaultValue="abc" />
        <input name="other" defaultValue="x" />
      </form>,
    );
    const form = screen.getByRole('form', { name: 'Filter' }) as HTMLFormElement;
    expect(filtersFromForm(form, ['name', 'nation', 'after']).toString()).toBe(
      'name=Kent&after=abc',
    );
    expect(filtersFromForm(form, ['name']).toString()).toBe('name=Kent');
  });
});

describe('cursorPageAddresses', () => {
  it('drops the cursor for the first page and sets the end cursor for the next', () => {
    const { firstPage, nextPage } = cursorPageAddresses(
      new URLSearchParams('name=Kent&after=c1'),
      'c2',
    );
    expect(firstPage.toString()).toBe('name=Kent');
    expect(nextPage.toString()).toBe('name=Kent&after=c2');
  });

  it('has no next cursor on the last page', () => {
    expect(cursorPageAddresses(new URLSearchParams('after=c1'), null).nextPage.toString()).toBe('');
  });
});
