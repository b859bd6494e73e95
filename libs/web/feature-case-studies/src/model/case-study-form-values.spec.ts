import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';

import {
  councilCodesFrom,
  formDefaultsOf,
  type FormReader,
  readCaseStudyForm,
} from './case-study-form-values';

function reader(values: Record<string, string | string[]>): FormReader {
  return {
    value: (name) => {
      const value = values[name];
      return typeof value === 'string' ? value : '';
    },
    values: (name) => {
      const value = values[name];
      return Array.isArray(value) ? value : [];
    },
  };
}

describe('readCaseStudyForm', () => {
  it('turns the form into the API input: money as typed, dates as YYYY-MM-DD', () => {
    const { input, problems } = readCaseStudyForm(
      reader({
        title: 'Care assessments in seconds',
        summary: 'AI drafts the assessment; a social worker checks it.',
        stage: 'LIVE',
        'stopped-reason': 'ignored unless stopped',
        challenge: 'Long waits',
        'what-was-done': 'Built it',
        impact: 'Faster',
        'lessons-learned': 'Check it',
        body: 'More',
        investment: ' 2m ',
        'running-cost': '',
        'cashable-savings': '£4,000,000',
        'hours-saved': '12,000',
        'residents-affected': '3500',
        'non-cashable-benefits': '',
        'evidence-level': 'ESTIMATED',
        'service-areas': ['ADULT_SOCIAL_CARE'],
        objectives: ['EFFICIENCY', 'PREVENTION'],
        technologies: [],
        'start-date-day': '1',
        'start-date-month': '4',
        'start-date-year': '2024',
        'live-since-day': '15',
        'live-since-month': '1',
        'live-since-year': '2025',
        'co-authors': ['ngm', 'LCE', 'ngm'],
        'contact-name': 'Casey Contact',
        'contact-email': 'casey@derby.gov.uk',
        licence: 'OGL-UK-3.0',
        'source-url': '',
      }),
    );
    expect(problems).toEqual([]);
    expect(input).toEqual({
      title: 'Care assessments in seconds',
      summary: 'AI drafts the assessment; a social worker checks it.',
      stage: 'LIVE',
      stoppedReason: null,
      challenge: 'Long waits',
      whatWasDone: 'Built it',
      impact: 'Faster',
      lessonsLearned: 'Check it',
      body: 'More',
      figuresBasis: 'FORECAST',
      investment: '2m',
      investmentHigh: null,
      investmentUpTo: false,
      runningCostPerYear: null,
      cashableSavingsPerYear: '£4,000,000',
      cashableSavingsHigh: null,
      cashableSavingsUpTo: false,
      cashableSavingsOver: 'YEAR',
      savingsPeriodYears: null,
      savingsPeriodYearsTo: null,
      projectType: null,
      hoursSavedPerYear: 12000,
      residentsAffected: 3500,
      nonCashableBenefits: null,
      evidenceLevel: 'ESTIMATED',
      serviceAreas: ['ADULT_SOCIAL_CARE'],
      objectives: ['EFFICIENCY', 'PREVENTION'],
      technologies: [],
      startDate: '2024-04-01',
      endDate: null,
      liveSince: '2025-01-15',
      coAuthorCouncilCodes: ['NGM', 'LCE'],
      contactName: 'Casey Contact',
      contactEmail: 'casey@derby.gov.uk',
      licence: 'OGL-UK-3.0',
      sourceUrl: null,
    });
  });

  it('keeps the reason only for a stopped project', () => {
    const { input } = readCaseStudyForm(
      reader({ stage: 'STOPPED', 'stopped-reason': 'The supplier left' }),
    );
    expect(input.stoppedReason).toBe('The supplier left');
  });

  it('reports numbers and dates the API could not be sent', () => {
    const { problems, dateParts } = readCaseStudyForm(
      reader({
        'hours-saved': 'lots',
        'residents-affected': '99999999999',
        'start-date-day': '31',
        'start-date-month': '2',
        'start-date-year': '2024',
        'end-date-month': '5',
      }),
    );
    expect(problems).toEqual([
      {
        field: 'hoursSavedPerYear',
        message: 'Hours saved a year must be a whole number, like 1200',
      },
      {
        field: 'residentsAffected',
        message: 'Residents or cases affected must be 2,147,483,647 or fewer',
      },
      { field: 'startDate', message: 'Start date must be a real date' },
      { field: 'endDate', message: 'End date must include a day and year' },
    ]);
    expect(dateParts).toEqual({ startDate: ['day'], endDate: ['day', 'year'] });
  });
});

describe('councilCodesFrom', () => {
  it('splits on commas and spaces, upper-cases and drops repeats', () => {
    expect(councilCodesFrom(' ngm,lce ;  NGM\nder ')).toEqual(['NGM', 'LCE', 'DER']);
    expect(councilCodesFrom('   ')).toEqual([]);
  });
});

describe('formDefaultsOf', () => {
  it('puts a stored case study back into the form', () => {
    const study = {
      title: 'T',
      summary: 'S',
      stage: { key: 'STOPPED', label: 'Stopped' },
      stoppedReason: 'Why',
      challenge: '',
      whatWasDone: '',
      impact: '',
      lessonsLearned: '',
      body: '',
      investment: { pence: '150000000', formatted: '£1,500,000' },
      investmentHigh: { pence: '200000000', formatted: '£2,000,000' },
      investmentUpTo: false,
      runningCostPerYear: null,
      cashableSavingsPerYear: { pence: '1250', formatted: '£12.50' },
      cashableSavingsHigh: null,
      cashableSavingsUpTo: true,
      cashableSavingsOver: 'PERIOD',
      savingsPeriodYears: 3,
      savingsPeriodYearsTo: 4,
      projectType: { key: 'outsourcing', label: 'Outsourcing' },
      figuresBasis: 'ACTUAL',
      hoursSavedPerYear: 0,
      residentsAffected: null,
      nonCashableBenefits: null,
      evidenceLevel: { key: 'ESTIMATED', label: 'Estimated' },
      serviceAreas: [{ key: 'HOUSING', label: 'Housing' }],
      objectives: [],
      technologies: [],
      startDate: '2024-04-01',
      endDate: null,
      liveSince: '2025-01-15',
      coAuthorCouncils: [
        { code: 'NGM', name: 'Nottingham' },
        { code: 'LCE', name: 'Leicester' },
      ],
      // Still asked: stays on the form; declined: left off, so saving does not ask again.
      coAuthorInvitations: [
        { council: { code: 'DER', name: 'Derby' }, status: 'PENDING' },
        { council: { code: 'KEN', name: 'Kent' }, status: 'DECLINED' },
      ],
      contactName: null,
      contactEmail: null,
      licence: 'CC-BY-4.0',
      sourceUrl: null,
    } as unknown as CaseStudyDetailsFragment;
    expect(formDefaultsOf(study)).toMatchObject({
      stage: 'STOPPED',
      stoppedReason: 'Why',
      investment: '1,500,000',
      investmentHigh: '2,000,000',
      investmentUpTo: false,
      runningCostPerYear: '',
      cashableSavingsPerYear: '12.50',
      cashableSavingsHigh: '',
      cashableSavingsUpTo: true,
      cashableSavingsOver: 'PERIOD',
      savingsPeriodYears: '3',
      savingsPeriodYearsTo: '4',
      projectType: 'outsourcing',
      figuresBasis: 'ACTUAL',
      hoursSavedPerYear: '0',
      residentsAffected: '',
      evidenceLevel: 'ESTIMATED',
      serviceAreas: ['HOUSING'],
      startDate: { day: '1', month: '4', year: '2024' },
      endDate: { day: '', month: '', year: '' },
      liveSince: { day: '15', month: '1', year: '2025' },
      coAuthorCouncils: [
        { value: 'NGM', label: 'Nottingham' },
        { value: 'LCE', label: 'Leicester' },
        { value: 'DER', label: 'Derby' },
      ],
      licence: 'CC-BY-4.0',
    });
  });
});
