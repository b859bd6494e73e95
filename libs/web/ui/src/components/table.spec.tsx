import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';

import { Table } from './table';

const COLUMNS = [{ label: 'Council' }, { label: 'Region' }, { label: 'Population', numeric: true }];
const ROWS = [
  { key: 'DER', cells: ['Derby', 'East Midlands', '261,400'] },
  { key: 'NOT', cells: ['Nottingham', 'East Midlands', '332,900'] },
];

async function axeProblems(container: HTMLElement) {
  const { violations } = await axe.run(container, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    rules: { 'color-contrast': { enabled: false } },
  });
  return violations.map(({ id }) => id);
}

describe('Table', () => {
  it('names the table by its caption, with a column header per column and plain cells by default', () => {
    render(<Table caption="Councils" columns={COLUMNS} rows={ROWS} />);
    const table = screen.getByRole('table', { name: 'Councils' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Council', 'Region', 'Population']);
    expect(within(table).queryAllByRole('rowheader')).toEqual([]);
    expect(within(table).getAllByRole('cell')).toHaveLength(6);
    expect(within(table).getByRole('cell', { name: '261,400' })).toHaveClass(
      'govuk-table__cell--numeric',
    );
  });

  it('heads each row with its first cell when asked, keeping the column classes; axe finds nothing', async () => {
    const { container } = render(
      <Table caption="Councils" columns={COLUMNS} rows={ROWS} rowHeaders />,
    );
    const headers = screen.getAllByRole('rowheader');
    expect(headers.map((th) => th.textContent)).toEqual(['Derby', 'Nottingham']);
    for (const th of headers) {
      expect(th.tagName).toBe('TH');
      expect(th).toHaveAttribute('scope', 'row');
      expect(th).toHaveClass('govuk-table__header');
    }
    const derby = screen.getAllByRole('row')[1]!;
    expect(
      within(derby)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['East Midlands', '261,400']);
    expect(within(derby).getByRole('cell', { name: '261,400' })).toHaveClass(
      'govuk-table__cell--numeric',
    );
    expect(await axeProblems(container)).toEqual([]);
  });

  it('reads out a hidden column label without showing it', () => {
    render(
      <Table
        caption="What you follow"
        columns={[{ label: 'What' }, { label: 'Actions', labelHidden: true }]}
        rows={[{ key: 'a', cells: ['Derby', <button key="u">Unfollow</button>] }]}
      />,
    );
    const actions = screen.getByRole('columnheader', { name: 'Actions' });
    expect(actions.firstElementChild).toHaveClass('govuk-visually-hidden');
  });

  it('shows the caption at the size asked, or hides it for screen readers only', () => {
    const { rerender } = render(
      <Table caption="Rates" captionSize="s" columns={COLUMNS} rows={ROWS} />,
    );
    expect(screen.getByText('Rates')).toHaveClass('govuk-table__caption--s');
    rerender(<Table caption="Rates" columns={COLUMNS} rows={ROWS} />);
    expect(screen.getByText('Rates')).toHaveClass('govuk-table__caption--m');
    rerender(<Table caption="Rates" captionHidden captionSize="s" columns={COLUMNS} rows={ROWS} />);
    expect(screen.getByText('Rates')).toHaveClass('govuk-visually-hidden');
    expect(screen.getByText('Rates')).not.toHaveClass('govuk-table__caption--s');
  });

  it('sits in a box that scrolls sideways, a region named by the caption when it overflows', () => {
    jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(358);
    render(<Table caption="Councils" columns={COLUMNS} rows={ROWS} rowHeaders />);
    const region = screen.getByRole('region', { name: 'Councils' });
    expect(within(region).getByRole('table', { name: 'Councils' })).toBeInTheDocument();
    jest.restoreAllMocks();
  });
});
