import { render, screen } from '@testing-library/react';

import { HeadlineFigures } from './headline-figures';

const money = (pounds: number) => ({ pence: String(pounds * 100) });

/** The figure shown for each term, as a reader (or a screen reader) meets them. */
function shown(): Record<string, string> {
  const terms = screen.getAllByRole('term').map((term) => term.textContent ?? '');
  const values = screen.getAllByRole('definition').map((value) => value.textContent ?? '');
  return Object.fromEntries(terms.map((term, index) => [term, values[index]!]));
}

describe('HeadlineFigures', () => {
  it('shows the investment, the yearly saving and the payback worked out from them', () => {
    render(
      <HeadlineFigures
        figures={{
          investment: money(150_000),
          runningCostPerYear: money(20_000),
          cashableSavingsPerYear: money(120_000),
        }}
      />,
    );
    expect(shown()).toEqual({
      Investment: '£150,000',
      'Yearly saving': '£120,000',
      'Payback (worked out by LGX)': '1 year and 6 months',
    });
  });

  it('says why the payback is missing beside a stated saving', () => {
    render(<HeadlineFigures figures={{ investment: null, cashableSavingsPerYear: money(4e6) }} />);
    expect(shown()).toEqual({
      Investment: 'Not given',
      'Yearly saving': '£4,000,000',
      'Payback (worked out by LGX)': 'Not worked out: no investment was given',
    });
  });

  it('says when running costs are more than the savings', () => {
    render(
      <HeadlineFigures
        figures={{
          investment: money(10_000),
          runningCostPerYear: money(50_000),
          cashableSavingsPerYear: money(40_000),
        }}
      />,
    );
    expect(shown()['Payback (worked out by LGX)']).toBe(
      'Not worked out: running costs are more than the savings',
    );
  });

  it('says nothing was given when no figures were', () => {
    render(<HeadlineFigures figures={{}} />);
    expect(shown()).toEqual({
      Investment: 'Not given',
      'Yearly saving': 'Not given',
      'Payback (worked out by LGX)': 'Not worked out: no investment or yearly saving was given',
    });
  });
});
