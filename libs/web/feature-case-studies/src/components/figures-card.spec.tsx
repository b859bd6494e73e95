import { render, screen } from '@testing-library/react';

import { FiguresCard } from './figures-card';

const money = (pounds: number) => ({ pence: String(pounds * 100), formatted: '' });
const study = (figures: {
  investment?: number;
  runningCostPerYear?: number;
  cashableSavingsPerYear?: number;
}) => ({
  investment: figures.investment === undefined ? null : money(figures.investment),
  runningCostPerYear:
    figures.runningCostPerYear === undefined ? null : money(figures.runningCostPerYear),
  cashableSavingsPerYear:
    figures.cashableSavingsPerYear === undefined ? null : money(figures.cashableSavingsPerYear),
  hoursSavedPerYear: null,
  residentsAffected: null,
  nonCashableBenefits: null,
  evidenceLevel: null,
});

/** The value beside a row's key. */
const row = (key: string) =>
  screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
const note = () => document.querySelector('.lgx-figures-note')?.textContent ?? '';

describe('FiguresCard', () => {
  it('never says the council gave figures it did not give', () => {
    render(<FiguresCard study={study({})} />);
    expect(row('Investment')).toBe('Not given');
    expect(row('Cashable savings per year')).toBe('Not given');
    expect(note()).not.toMatch(/The council gave/);
    expect(note()).toMatch(
      /^The council did not give the investment, the running cost or the cashable savings\. LGX could not work out the payback period and the three-year net benefit: no investment or yearly saving was given\.$/,
    );
  });

  it('says why the payback is missing beside a stated saving, and the note agrees', () => {
    render(<FiguresCard study={study({ cashableSavingsPerYear: 4_000_000 })} />);
    expect(row('Cashable savings per year')).toBe('£4,000,000');
    expect(row('Payback period')).toBe('Not worked out: no investment was given');
    expect(note()).toBe(
      'The council gave the cashable savings; it did not give the investment and the running cost. LGX could not work out the payback period and the three-year net benefit: no investment was given.',
    );
  });

  it('shows the figures LGX worked out, and says it counted a missing running cost as nothing', () => {
    render(<FiguresCard study={study({ investment: 2_000_000, cashableSavingsPerYear: 4e6 })} />);
    expect(row('Payback period')).toBe('6 months Worked out by LGX');
    expect(row('Three-year net benefit')).toBe('£10,000,000 Worked out by LGX');
    expect(note()).toMatch(
      /^The council gave the investment and the cashable savings; it did not give the running cost\. LGX worked out the payback period .* counting the running cost as nothing; they are not typed in\.$/,
    );
  });

  it('says when running costs are more than the savings', () => {
    render(
      <FiguresCard
        study={study({
          investment: 10_000,
          runningCostPerYear: 50_000,
          cashableSavingsPerYear: 40_000,
        })}
      />,
    );
    expect(row('Payback period')).toBe('Not worked out: running costs are more than the savings');
    expect(row('Three-year net benefit')).toBe(
      '-£40,000 (it costs more than it saves over three years) Worked out by LGX',
    );
    expect(note()).toMatch(
      /LGX could not work out the payback period: running costs are more than the savings\.$/,
    );
  });
});
