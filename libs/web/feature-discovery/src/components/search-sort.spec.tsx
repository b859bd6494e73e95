import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { parseSearchState } from '../model/search-state';
import { TEST_CATALOGUE } from '../model/test-catalogue';
import { SearchSort } from './search-sort';

function renderSort() {
  const state = parseSearchState(new URLSearchParams({ q: 'bins' }), TEST_CATALOGUE);
  const onSort = jest.fn(() => Promise.resolve());
  render(<SearchSort state={state} catalogue={TEST_CATALOGUE} onSort={onSort} />);
  return { state, onSort, select: screen.getByLabelText('Sort by') };
}

describe('SearchSort', () => {
  it('does not search while the person moves through the orders with the arrow keys', async () => {
    const { onSort, select } = renderSort();
    select.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    await userEvent.selectOptions(select, 'NAME');
    expect(onSort).not.toHaveBeenCalled();
    expect(select).toHaveValue('NAME');
  });

  it('searches once, in the chosen order, when the person presses Sort', async () => {
    const { onSort, select } = renderSort();
    await userEvent.selectOptions(select, 'NEWEST');
    await userEvent.click(screen.getByRole('button', { name: 'Sort' }));
    expect(onSort).toHaveBeenCalledTimes(1);
    expect(onSort).toHaveBeenCalledWith('NEWEST');
  });

  it('does not search again when the order has not changed', async () => {
    const { onSort, state } = renderSort();
    expect(screen.getByLabelText('Sort by')).toHaveValue(state.sort);
    await userEvent.click(screen.getByRole('button', { name: 'Sort' }));
    expect(onSort).not.toHaveBeenCalled();
  });
});

describe('SearchSort without words', () => {
  it('offers no "Relevance" and shows the order the results come in: newest first', () => {
    const state = parseSearchState(new URLSearchParams(), TEST_CATALOGUE);
    render(<SearchSort state={state} catalogue={TEST_CATALOGUE} onSort={jest.fn()} />);
    const select = screen.getByLabelText('Sort by');
    expect(select).toHaveValue('NEWEST');
    expect(screen.queryByRole('option', { name: 'Relevance' })).toBeNull();
  });
});

describe('SearchSort for case studies', () => {
  it('offers net present value and payback from the appraisal method, and searches in that order', async () => {
    const state = parseSearchState(
      new URLSearchParams({ type: 'case-study', sort: 'highest-npv' }),
      TEST_CATALOGUE,
    );
    expect(state.sort).toBe('HIGHEST_NPV');
    const onSort = jest.fn(() => Promise.resolve());
    render(<SearchSort state={state} catalogue={TEST_CATALOGUE} onSort={onSort} />);
    const select = screen.getByLabelText('Sort by');
    expect(select).toHaveValue('HIGHEST_NPV');
    expect(screen.getByRole('option', { name: 'Net present value (highest first)' })).toBeTruthy();
    await userEvent.selectOptions(select, 'Payback (soonest first)');
    await userEvent.click(screen.getByRole('button', { name: 'Sort' }));
    expect(onSort).toHaveBeenCalledWith('SOONEST_PAYBACK');
  });
});
