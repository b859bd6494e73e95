import { appraiseCaseStudy, type AppraisedFields } from '@lgx/shared/domain';

import { statedFiguresText } from './case-study-figures.text';

const NONE: AppraisedFields = {
  investmentPence: null,
  investmentHighPence: null,
  investmentUpTo: false,
  runningCostPencePerYear: null,
  cashableSavingsPencePerYear: null,
  cashableSavingsHighPence: null,
  cashableSavingsUpTo: false,
  cashableSavingsOver: 'YEAR',
  savingsPeriodYears: null,
  savingsPeriodYearsTo: null,
  projectType: 'equipment-development',
};
const DERBY: AppraisedFields = {
  ...NONE,
  investmentPence: 150_000_000,
  investmentHighPence: 200_000_000,
  cashableSavingsPencePerYear: 1_200_000_000,
  cashableSavingsUpTo: true,
  cashableSavingsOver: 'PERIOD',
  savingsPeriodYears: 3,
  savingsPeriodYearsTo: 4,
};

describe('appraiseCaseStudy', () => {
  it('reads Derby’s stored words as the method’s worked example', () => {
    const { appraisal } = appraiseCaseStudy(DERBY);
    expect(appraisal?.central.unadjusted.netPresentValuePence).toBe(379_975_673n);
    expect(appraisal?.low.unadjusted.netPresentValuePence).toBe(-200_000_000n);
    expect(appraisal?.high.unadjusted.netPresentValuePence).toBe(970_654_792n);
  });

  it('says what is missing rather than inventing it', () => {
    expect(appraiseCaseStudy(NONE)).toEqual({ appraisal: null, notWorkedOut: 'No figures given' });
    expect(appraiseCaseStudy({ ...DERBY, savingsPeriodYears: null }).notWorkedOut).toBe(
      'Not worked out: how many years the savings last is not given',
    );
    expect(appraiseCaseStudy({ ...NONE, cashableSavingsPencePerYear: 5 }).notWorkedOut).toBe(
      'Not worked out: the investment and how many years the savings last are not given',
    );
  });

  it('counts an unknown stored project type as digital, never failing a read', () => {
    const read = appraiseCaseStudy({ ...DERBY, projectType: 'toString' });
    expect(read.appraisal?.optimismBias.projectType).toBe('equipment-development');
  });
});

describe('statedFiguresText', () => {
  it('words the figures as the council stated them', () => {
    expect(statedFiguresText(DERBY)).toEqual({
      investment: '£1,500,000 to £2,000,000',
      cashableSavings: 'up to £12,000,000 over 3 to 4 years',
    });
    expect(
      statedFiguresText({
        ...NONE,
        investmentPence: 1_000_050,
        cashableSavingsPencePerYear: 12_000_000,
        savingsPeriodYears: 1,
      }),
    ).toEqual({ investment: '£10,000.50', cashableSavings: '£120,000 a year for 1 year' });
  });
});
