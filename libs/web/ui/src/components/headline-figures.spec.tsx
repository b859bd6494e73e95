import { render, screen } from '@testing-library/react';

import { HeadlineFigures, type HeadlineFiguresData } from './headline-figures';

/** The figure shown for each term, as a reader (or a screen reader) meets them. */
function shown(): Record<string, string> {
  const terms = screen.getAllByRole('term').map((term) => term.textContent ?? '');
  const values = screen.getAllByRole('definition').map((value) => value.textContent ?? '');
  return Object.fromEntries(terms.map((term, index) => [term, values[index]!]));
}

const none: HeadlineFiguresData = {
  investmentStated: null,
  cashableSavingsStated: null,
  netPresentValue: null,
  paybackYear: null,
  figuresBasis: null,
  notWorkedOut: null,
};

describe('HeadlineFigures', () => {
  it('shows the stated figures and the method’s net present value and payback, forecast or actual', () => {
    render(
      <HeadlineFigures
        figures={{
          investmentStated: '£1,500,000 to £2,000,000',
          cashableSavingsStated: 'up to £12,000,000 over 3 to 4 years',
          netPresentValue: { formatted: '£3,799,756.73' },
          paybackYear: 2,
          figuresBasis: 'Forecast',
          notWorkedOut: null,
        }}
      />,
    );
    expect(shown()).toEqual({
      Investment: '£1,500,000 to £2,000,000',
      'Cashable saving': 'up to £12,000,000 over 3 to 4 years',
      'Net present value (forecast)': '£3,799,756.73',
      Payback: 'By the end of year 2',
    });
  });

  it('says why there is no net present value, and works nothing out from the stated figures', () => {
    render(
      <HeadlineFigures
        figures={{
          ...none,
          investmentStated: '£150,000',
          cashableSavingsStated: '£120,000 a year',
          notWorkedOut: 'Not worked out: how many years the savings last is not given',
        }}
      />,
    );
    expect(shown()).toEqual({
      Investment: '£150,000',
      'Cashable saving': '£120,000 a year',
      'Net present value': 'Not worked out: how many years the savings last is not given',
    });
  });

  it('says when a measured actual is never paid back', () => {
    render(
      <HeadlineFigures
        figures={{
          ...none,
          netPresentValue: { formatted: '-£10,000' },
          figuresBasis: 'Measured actual',
        }}
      />,
    );
    expect(shown()).toMatchObject({
      'Net present value (measured actual)': '-£10,000',
      Payback: 'Not paid back within the period',
    });
  });
});
