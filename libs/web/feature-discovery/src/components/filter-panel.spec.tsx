import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { FilterPanel } from './filter-panel';

function screenOf(width: number) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      media: query,
      matches: width >= 641,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}

function renderPanel(filtered = false) {
  render(
    <FilterPanel filtered={filtered}>
      <h2>Filter results</h2>
    </FilterPanel>,
  );
}

describe('FilterPanel', () => {
  afterEach(() => Reflect.deleteProperty(window, 'matchMedia'));

  it('shows the filters beside the results on a wide screen, with no button', () => {
    screenOf(1280);
    renderPanel();
    expect(screen.getByRole('heading', { name: 'Filter results' })).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('folds the filters behind a Filter button on a phone', async () => {
    screenOf(390);
    renderPanel();
    const button = screen.getByRole('button', { name: 'Filter' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('heading', { name: 'Filter results' })).toBeNull();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveTextContent('Hide filters');
    expect(screen.getByRole('heading', { name: 'Filter results' })).toBeVisible();
  });

  it('says when filters are applied, while folded', () => {
    screenOf(390);
    renderPanel(true);
    expect(screen.getByRole('button', { name: 'Filter (filters applied)' })).toBeVisible();
  });
});
