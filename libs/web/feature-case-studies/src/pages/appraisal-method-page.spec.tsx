import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { AppraisalMethodPage } from './appraisal-method-page';

const cellsOf = (table: HTMLElement, rowName: string) =>
  within(within(table).getByRole('rowheader', { name: rowName }).closest('tr')!)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('AppraisalMethodPage', () => {
  beforeEach(() =>
    render(
      <MemoryRouter>
        <AppraisalMethodPage />
      </MemoryRouter>,
    ),
  );

  it('describes the method with the rates and optimism bias the code applies', () => {
    expect(
      screen.getByRole('heading', { level: 1, name: 'How LGX counts the money' }),
    ).toBeTruthy();
    const rates = screen.getByRole('table', { name: /discount rate/ });
    expect(within(rates).getByRole('row', { name: '0–30 3.5%' })).toBeTruthy();
    expect(within(rates).getByRole('row', { name: '31–75 3.0%' })).toBeTruthy();
    const bias = screen.getByRole('table', { name: /Optimism bias/ });
    expect(
      within(bias).getByRole('row', {
        name: 'Equipment and development (including IT and digital systems) 200% the investment',
      }),
    ).toBeTruthy();
    expect(
      within(bias).getByRole('row', { name: 'Outsourcing 41% the running costs' }),
    ).toBeTruthy();
  });

  it('works Derby’s example with the same code as every case study (the figures of the document)', () => {
    const example = screen.getByRole('table', { name: /Derby/ });
    expect(cellsOf(example, 'Central')).toEqual(['£3,799,756.73', '£299,756.73', '3.17', 'year 2']);
    expect(cellsOf(example, 'Low')).toEqual([
      '-£2,000,000.00',
      '-£6,000,000.00',
      '0.00',
      'not paid back',
    ]);
  });

  it('links to the full document and names the method version', () => {
    expect(
      screen.getByRole('link', { name: /Read the full method/ }).getAttribute('href'),
    ).toBeTruthy();
    expect(screen.getByText(/lgx-green-book-1/)).toBeTruthy();
  });
});

describe('AppraisalMethodPage on a phone', () => {
  afterEach(() => jest.restoreAllMocks());

  it('scrolls each table sideways in a box of its own, each row headed by what it is about', () => {
    // jsdom lays nothing out: the tables are wider than their boxes, as at 390 px.
    jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(358);
    render(
      <MemoryRouter>
        <AppraisalMethodPage />
      </MemoryRouter>,
    );
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      const name = table.querySelector('caption')!.textContent!;
      expect(screen.getByRole('region', { name })).toContainElement(table);
    }
    expect(within(tables[0]!).getByRole('rowheader', { name: '0–30' })).toBeTruthy();
    expect(within(tables[1]!).getByRole('rowheader', { name: 'Outsourcing' })).toBeTruthy();
  });
});
