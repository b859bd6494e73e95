import { caseStudyHitFigures } from './case-study-figures';
import { searchHit } from './test/search-hit';

describe('caseStudyHitFigures', () => {
  it('gives the stated figures and the appraisal method’s figures the document carries', () => {
    expect(
      caseStudyHitFigures(
        searchHit('case_study', {
          investmentText: '£1,500,000 to £2,000,000',
          cashableSavingsText: 'up to £12,000,000 over 3 to 4 years',
          npvCentralPence: 379_975_673,
          paybackYears: 2,
          figures: 'Forecast',
        }),
      ),
    ).toEqual({
      investmentStated: '£1,500,000 to £2,000,000',
      cashableSavingsStated: 'up to £12,000,000 over 3 to 4 years',
      netPresentValue: { pence: '379975673', formatted: '£3,799,756.73' },
      paybackYear: 2,
      figuresBasis: 'Forecast',
      figuresNotWorkedOut: null,
    });
  });

  it('works nothing out from stated figures: without the method’s figures, only the reason', () => {
    expect(
      caseStudyHitFigures(
        searchHit('case_study', {
          investmentPence: 200_000_000,
          cashableSavingsPencePerYear: 400_000_000,
          appraisalNotWorkedOut: 'Not worked out: how many years the savings last is not given',
        }),
      ),
    ).toMatchObject({
      netPresentValue: null,
      paybackYear: null,
      figuresNotWorkedOut: 'Not worked out: how many years the savings last is not given',
    });
  });

  it('gives nothing for other types, whatever their documents hold', () => {
    expect(
      caseStudyHitFigures(searchHit('council', { npvCentralPence: 5, investmentText: '£1' })),
    ).toEqual({
      investmentStated: null,
      cashableSavingsStated: null,
      netPresentValue: null,
      paybackYear: null,
      figuresBasis: null,
      figuresNotWorkedOut: null,
    });
  });
});
