import type { CaseStudyFigures } from './figures';
import { figuresNote, moneyFigureText, paybackFigureText } from './figures-text';
import { caseStudyFigures, FIGURE_MISSING_REASONS } from './headline-figures';

const pounds = (value: number) => value * 100;
const figures = (
  investment: number | null,
  runningCost: number | null,
  saving: number | null,
): CaseStudyFigures => ({
  investmentPence: investment === null ? null : pounds(investment),
  runningCostPencePerYear: runningCost === null ? null : pounds(runningCost),
  cashableSavingsPencePerYear: saving === null ? null : pounds(saving),
});

describe('caseStudyFigures', () => {
  it('gives the stated figures as the council gave them, and says which are not given', () => {
    const worked = caseStudyFigures(figures(150_000, null, 0));
    expect(worked.investment).toEqual({ source: 'council', value: pounds(150_000), missing: null });
    expect(worked.runningCostPerYear).toEqual({
      source: 'council',
      value: null,
      missing: 'not-given',
    });
    expect(worked.cashableSavingsPerYear).toEqual({ source: 'council', value: 0, missing: null });
    expect(moneyFigureText(worked.runningCostPerYear)).toBe('Not given');
    expect(moneyFigureText(worked.investment)).toBe('£150,000');
  });

  it('works out payback and the three-year net benefit from what was given', () => {
    const worked = caseStudyFigures(figures(150_000, 20_000, 120_000));
    expect(worked.paybackMonths).toEqual({ source: 'lgx', value: 18, missing: null });
    expect(worked.threeYearNetBenefit).toEqual({
      source: 'lgx',
      value: pounds(150_000),
      missing: null,
    });
    expect(worked.runningCostCountedAsNone).toBe(false);
    expect(paybackFigureText(worked.paybackMonths)).toBe('1 year and 6 months');
  });

  it('counts a running cost that was not given as nothing, and says so', () => {
    const worked = caseStudyFigures(figures(100_000, null, 70_000));
    expect(worked.paybackMonths.value).toBe(18);
    expect(worked.runningCostCountedAsNone).toBe(true);
  });

  it('pays back straight away when there was nothing to invest', () => {
    const worked = caseStudyFigures(figures(0, 0, 10));
    expect(worked.paybackMonths.value).toBe(0);
    expect(paybackFigureText(worked.paybackMonths)).toBe('Straight away: there was no investment');
  });

  it.each([
    ['no-investment', figures(null, 0, 4_000_000), 'Not worked out: no investment was given'],
    ['no-saving', figures(2_000_000, 10, null), 'Not worked out: no yearly saving was given'],
    [
      'no-investment-or-saving',
      figures(null, 10, null),
      'Not worked out: no investment or yearly saving was given',
    ],
    [
      'costs-exceed-savings',
      figures(1, 11, 10),
      'Not worked out: running costs are more than the savings',
    ],
    [
      'costs-exceed-savings',
      figures(0, 11, 10),
      'Not worked out: running costs are more than the savings',
    ],
    [
      'costs-equal-savings',
      figures(1, 10, 10),
      'Not worked out: running costs take all of the savings',
    ],
    ['saving-is-nothing', figures(1, null, 0), 'Not worked out: the yearly saving given is £0'],
  ] as const)('says why payback is missing: %s', (reason, stated, text) => {
    const payback = caseStudyFigures(stated).paybackMonths;
    expect(payback).toEqual({ source: 'lgx', value: null, missing: reason });
    expect(paybackFigureText(payback)).toBe(text);
    expect(FIGURE_MISSING_REASONS[reason]).toBe(text);
  });

  it('works out a negative net benefit when running costs are more than the savings', () => {
    expect(caseStudyFigures(figures(1, 11, 10)).threeYearNetBenefit.value).toBe(pounds(-4));
  });

  it.each([
    ['no-investment', figures(null, 0, 5)],
    ['no-saving', figures(5, 0, null)],
    ['no-investment-or-saving', figures(null, null, null)],
  ] as const)('says why the net benefit is missing: %s', (reason, stated) => {
    expect(caseStudyFigures(stated).threeYearNetBenefit).toEqual({
      source: 'lgx',
      value: null,
      missing: reason,
    });
  });
});

describe('figuresNote', () => {
  const note = (stated: CaseStudyFigures) => figuresNote(caseStudyFigures(stated));

  it('says nothing was given when nothing was, and never that the council gave figures', () => {
    const text = note(figures(null, null, null));
    expect(text).toBe(
      'The council did not give the investment, the running cost or the cashable savings. LGX could not work out the payback period and the three-year net benefit: no investment or yearly saving was given.',
    );
    expect(text).not.toMatch(/The council gave/);
  });

  it('names what was given, what is missing and why LGX could not work out the rest', () => {
    expect(note(figures(null, null, 4_000_000))).toBe(
      'The council gave the cashable savings; it did not give the investment and the running cost. LGX could not work out the payback period and the three-year net benefit: no investment was given.',
    );
  });

  it('says how LGX worked figures out, and when it counted the running cost as nothing', () => {
    expect(note(figures(100_000, null, 70_000))).toBe(
      'The council gave the investment and the cashable savings; it did not give the running cost. LGX worked out the payback period (the investment divided by the yearly savings less running costs, rounded up to a whole month) and the three-year net benefit (three years of savings, less the investment and three years of running costs), counting the running cost as nothing; they are not typed in.',
    );
  });

  it('says the payback cannot be worked out beside a net benefit that can', () => {
    expect(note(figures(1, 11, 10))).toBe(
      'The council gave the investment, the running cost and the cashable savings. LGX worked out the three-year net benefit (three years of savings, less the investment and three years of running costs); it is not typed in. LGX could not work out the payback period: running costs are more than the savings.',
    );
  });
});
