import { caseStudyHitFigures } from './case-study-figures';
import { searchHit } from './test/search-hit';

describe('caseStudyHitFigures', () => {
  it('gives a case study’s stated figures and the payback worked out from them', () => {
    expect(
      caseStudyHitFigures(
        searchHit('case_study', {
          investmentPence: 200_000_000,
          cashableSavingsPencePerYear: 400_000_000,
        }),
      ),
    ).toEqual({
      investment: { pence: '200000000', formatted: '£2,000,000' },
      runningCostPerYear: null,
      cashableSavingsPerYear: { pence: '400000000', formatted: '£4,000,000' },
      paybackMonths: 6,
      paybackNotWorkedOut: null,
    });
  });

  it('says why the payback is missing', () => {
    expect(
      caseStudyHitFigures(searchHit('case_study', { cashableSavingsPencePerYear: 400_000_000 }))
        .paybackNotWorkedOut,
    ).toBe('Not worked out: no investment was given');
  });

  it('gives nothing for other types, whatever their documents hold', () => {
    expect(caseStudyHitFigures(searchHit('council', { investmentPence: 5 }))).toEqual({
      investment: null,
      runningCostPerYear: null,
      cashableSavingsPerYear: null,
      paybackMonths: null,
      paybackNotWorkedOut: null,
    });
  });
});
