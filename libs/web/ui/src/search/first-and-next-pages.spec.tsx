import { routerLink } from '@lgx/web/util';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { FirstAndNextPages } from './first-and-next-pages';

function renderAt(
  address: string,
  props: Omit<Parameters<typeof FirstAndNextPages>[0], 'renderLink'>,
) {
  return render(
    <MemoryRouter initialEntries={[address]}>
      <FirstAndNextPages {...props} renderLink={routerLink} />
    </MemoryRouter>,
  );
}

describe('FirstAndNextPages', () => {
  it('shows nothing on a list of one page', () => {
    const { container } = renderAt('/councils', { label: 'Pages of results' });
    expect(container).toBeEmptyDOMElement();
  });

  it('links back to the first page and on to the next, keeping the filters and the page', () => {
    renderAt('/councils?name=kent&after=c1', {
      label: 'Pages of results',
      first: { href: '?name=kent', title: 'First page' },
      next: '?name=kent&after=c2',
    });
    const navigation = screen.getByRole('navigation', { name: 'Pages of results' });
    expect(navigation).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'First page' })).toHaveAttribute(
      'href',
      '/councils?name=kent',
    );
    const next = screen.getByRole('link', { name: 'Next page' });
    expect(next).toHaveAttribute('href', '/councils?name=kent&after=c2');
    expect(next).toHaveAttribute('rel', 'next');
  });

  it('goes back to the page without any query when there is no filter', () => {
    renderAt('/admin/audit?after=c1', {
      label: 'Pages of events',
      first: { href: '?', title: 'Newest events' },
    });
    expect(screen.getByRole('link', { name: 'Newest events' })).toHaveAttribute(
      'href',
      '/admin/audit',
    );
    expect(screen.queryByRole('link', { name: 'Next page' })).not.toBeInTheDocument();
  });
});
