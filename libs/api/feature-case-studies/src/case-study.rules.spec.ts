import { checkCaseStudy } from './case-study.rules';

const valid = {
  title: 'AI for adult social care assessments',
  summary: 'Assessments in seconds, checked by a person.',
  stage: 'PILOT',
};
const fields = (input: object) =>
  checkCaseStudy({ ...valid, ...input }).problems.map((p) => p.field);

describe('checkCaseStudy', () => {
  it('accepts a minimal case study and parses money exactly', () => {
    const { problems, figures } = checkCaseStudy({
      ...valid,
      investment: '£1,500,000',
      runningCostPerYear: '20k',
      cashableSavingsPerYear: '4m',
    });
    expect(problems).toEqual([]);
    // Single figures are exact yearly amounts; a forecast of a digital project unless told.
    expect(figures).toEqual({
      investmentPence: 150_000_000,
      investmentHighPence: null,
      investmentUpTo: false,
      runningCostPencePerYear: 2_000_000,
      cashableSavingsPencePerYear: 400_000_000,
      cashableSavingsHighPence: null,
      cashableSavingsUpTo: false,
      cashableSavingsOver: 'YEAR',
      savingsPeriodYears: null,
      savingsPeriodYearsTo: null,
      projectType: 'equipment-development',
      figuresBasis: 'FORECAST',
    });
  });

  it('reads ranges, "up to" and periods, and names the field of each problem with them', () => {
    const derby = {
      investment: '1.5m',
      investmentHigh: '2m',
      cashableSavingsPerYear: '12m',
      cashableSavingsUpTo: true,
      cashableSavingsOver: 'PERIOD',
      savingsPeriodYears: 3,
      savingsPeriodYearsTo: 4,
    };
    expect(checkCaseStudy({ ...valid, ...derby })).toMatchObject({
      problems: [],
      figures: { investmentHighPence: 200_000_000, cashableSavingsUpTo: true },
    });
    expect(fields({ ...derby, investmentHigh: '1m' })).toEqual(['investmentHigh']);
    expect(fields({ ...derby, investment: '', investmentHigh: '2m' })).toEqual(['investment']);
    expect(fields({ ...derby, cashableSavingsHigh: '13m' })).toEqual(['cashableSavingsHigh']);
    expect(fields({ ...derby, investment: '1.005m' })).toEqual(['investment']);
    expect(fields({ ...derby, investment: '10.001' })).toEqual(['investment']);
    expect(checkCaseStudy({ ...valid, investment: '10.001' }).problems[0]!.message).toMatch(
      /more than 2 decimal places/,
    );
    expect(fields({ ...derby, savingsPeriodYears: 31, savingsPeriodYearsTo: null })).toEqual([
      'savingsPeriodYears',
    ]);
    expect(fields({ ...derby, savingsPeriodYears: 2.5, savingsPeriodYearsTo: null })).toEqual([
      'savingsPeriodYears',
    ]);
    expect(fields({ ...derby, savingsPeriodYearsTo: 2 })).toEqual(['savingsPeriodYearsTo']);
    expect(fields({ ...derby, savingsPeriodYears: null })).toEqual(['savingsPeriodYears']);
    expect(fields({ ...derby, projectType: 'toString' })).toEqual(['projectType']);
    expect(fields({ ...derby, figuresBasis: 'GUESS' })).toEqual(['figuresBasis']);
  });

  it('names the field of each problem', () => {
    expect(fields({ investment: '-5' })).toEqual(['investment']);
    expect(checkCaseStudy({ ...valid, investment: '-5' }).problems[0]!.message).toBe(
      'The investment cannot be negative',
    );
    expect(fields({ stage: 'STOPPED' })).toEqual(['stoppedReason']);
    expect(fields({ serviceAreas: ['ADULT_SOCIAL_CARE', 'UNDERWATER_BASKETRY'] })).toEqual([
      'serviceAreas',
    ]);
    expect(fields({ title: 'x'.repeat(5 * 1024 * 1024) })).toEqual(['title']);
    expect(fields({ title: '', summary: '', stage: 'MAYBE' })).toEqual([
      'title',
      'summary',
      'stage',
    ]);
    expect(fields({ startDate: '2024-05-01', endDate: '2024-04-01' })).toEqual(['endDate']);
    expect(fields({ sourceUrl: 'javascript:alert(1)' })).toEqual(['sourceUrl']);
    expect(fields({ hoursSavedPerYear: -3, residentsAffected: 1.5 })).toEqual([
      'hoursSavedPerYear',
      'residentsAffected',
    ]);
    expect(fields({ evidenceLevel: 'VIBES', licence: 'MIT' })).toEqual([
      'licence',
      'evidenceLevel',
    ]);
  });
});

describe('case study rules against inherited names, impossible dates and huge numbers (issue 13)', () => {
  const INHERITED = ['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty'];

  it('refuses an inherited name as stage, evidence level or taxonomy term', () => {
    for (const name of INHERITED) {
      expect(fields({ stage: name })).toEqual(['stage']);
      expect(fields({ evidenceLevel: name })).toEqual(['evidenceLevel']);
      expect(fields({ serviceAreas: ['HOUSING', name] })).toEqual(['serviceAreas']);
      expect(fields({ objectives: [name] })).toEqual(['objectives']);
      expect(fields({ technologies: [name] })).toEqual(['technologies']);
    }
  });

  it('refuses impossible dates, naming the field', () => {
    for (const date of ['2023-02-30', '2023-13-01', '2023-02-29', '0000-01-01']) {
      expect(fields({ startDate: date })).toEqual(['startDate']);
      expect(fields({ endDate: date })).toEqual(['endDate']);
    }
    expect(checkCaseStudy({ ...valid, endDate: '2023-02-30' }).problems[0]!.message).toBe(
      'Enter the end date as a real date, like 2024-04-01',
    );
  });

  it('refuses negative and absurd numbers and money', () => {
    for (const value of [-1, 2147483647, 10_000_001, 1.5])
      expect(fields({ hoursSavedPerYear: value })).toEqual(['hoursSavedPerYear']);
    for (const value of [-1, 2147483647, 100_000_001])
      expect(fields({ residentsAffected: value })).toEqual(['residentsAffected']);
    expect(fields({ hoursSavedPerYear: 10_000_000, residentsAffected: 100_000_000 })).toEqual([]);
    for (const amount of ['1e308', '99999999999999999999999', '2147483647m', '-0.01'])
      expect(fields({ cashableSavingsPerYear: amount })).toEqual(['cashableSavingsPerYear']);
    expect(checkCaseStudy({ ...valid, investment: '200bn' }).problems[0]!.field).toBe('investment');
    expect(checkCaseStudy({ ...valid, investment: '100000000001' }).problems[0]!.message).toBe(
      'The investment must be £100,000,000,000 or less',
    );
  });
});

describe('case study taxonomy messages', () => {
  it('name at most five unknown values however many are sent', () => {
    const { problems } = checkCaseStudy({
      ...valid,
      serviceAreas: Array.from({ length: 10_000 }, (_, i) => `UNKNOWN_${i}`),
    });
    expect(problems[0]!.message).toBe(
      '"UNKNOWN_0", "UNKNOWN_1", "UNKNOWN_2", "UNKNOWN_3", "UNKNOWN_4" and 9995 more are not service area',
    );
  });
});
