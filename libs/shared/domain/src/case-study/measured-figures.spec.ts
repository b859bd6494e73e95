import { appraiseCaseStudy, type AppraisedFields } from './appraisal';
import { hasMeasuredFigures, measuredFiguresSql } from './measured-figures';

const COMPLETE: AppraisedFields = {
  investmentPence: 10_000_000,
  investmentHighPence: null,
  investmentUpTo: false,
  runningCostPencePerYear: null,
  cashableSavingsPencePerYear: 6_000_000,
  cashableSavingsHighPence: null,
  cashableSavingsUpTo: false,
  cashableSavingsOver: 'YEAR',
  savingsPeriodYears: 2,
  savingsPeriodYearsTo: null,
  projectType: 'equipment-development',
};

describe('measured figures: one definition', () => {
  it('is an actual that states all the appraisal method needs', () => {
    expect(hasMeasuredFigures({ ...COMPLETE, figuresBasis: 'ACTUAL' })).toBe(true);
    expect(hasMeasuredFigures({ ...COMPLETE, figuresBasis: 'FORECAST' })).toBe(false);
  });

  it.each(['investmentPence', 'cashableSavingsPencePerYear', 'savingsPeriodYears'] as const)(
    'is not measured when %s is missing, exactly when the method cannot compare it',
    (field) => {
      const study = { ...COMPLETE, [field]: null };
      expect(hasMeasuredFigures({ ...study, figuresBasis: 'ACTUAL' })).toBe(false);
      expect(appraiseCaseStudy(study).appraisal).toBeNull();
    },
  );

  it('an actual with money but no way to compare it (no period) is not measured', () => {
    expect(
      hasMeasuredFigures({ ...COMPLETE, savingsPeriodYears: null, figuresBasis: 'ACTUAL' }),
    ).toBe(false);
  });

  it('reads the same columns in SQL', () => {
    expect(measuredFiguresSql('s')).toBe(
      "(s.figures_basis = 'ACTUAL' AND s.investment_pence IS NOT NULL AND s.cashable_savings_pence_per_year IS NOT NULL AND s.savings_period_years IS NOT NULL)",
    );
  });

  it('refuses an alias that is not a plain SQL name', () => {
    expect(() => measuredFiguresSql('s; DROP TABLE case_study')).toThrow(/alias/);
  });
});
