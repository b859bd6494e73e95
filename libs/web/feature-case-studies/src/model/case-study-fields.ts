/**
 * The API's name for each field of a case study, to the id of its input,
 * in the order the form shows them: the error summary follows this order.
 */
export const CASE_STUDY_FIELD_IDS = {
  title: 'title',
  summary: 'summary',
  stage: 'stage',
  stoppedReason: 'stopped-reason',
  challenge: 'challenge',
  whatWasDone: 'what-was-done',
  impact: 'impact',
  lessonsLearned: 'lessons-learned',
  body: 'body',
  figuresBasis: 'figures-basis',
  investment: 'investment',
  investmentHigh: 'investment-high',
  investmentUpTo: 'investment-up-to',
  runningCostPerYear: 'running-cost',
  cashableSavingsPerYear: 'cashable-savings',
  cashableSavingsHigh: 'cashable-savings-high',
  cashableSavingsUpTo: 'cashable-savings-up-to',
  cashableSavingsOver: 'cashable-savings-over',
  savingsPeriodYears: 'savings-period-years',
  savingsPeriodYearsTo: 'savings-period-years-to',
  projectType: 'project-type',
  hoursSavedPerYear: 'hours-saved',
  residentsAffected: 'residents-affected',
  nonCashableBenefits: 'non-cashable-benefits',
  evidenceLevel: 'evidence-level',
  serviceAreas: 'service-areas',
  objectives: 'objectives',
  technologies: 'technologies',
  startDate: 'start-date',
  endDate: 'end-date',
  liveSince: 'live-since',
  coAuthorCouncilCodes: 'co-authors',
  contactName: 'contact-name',
  contactEmail: 'contact-email',
  licence: 'licence',
  sourceUrl: 'source-url',
} as const;

export type CaseStudyField = keyof typeof CASE_STUDY_FIELD_IDS;

/** Licences for published text (SPDX identifiers, as the API accepts them), for people. */
export const LICENCES: { value: string; label: string; url: string }[] = [
  {
    value: 'OGL-UK-3.0',
    label: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  {
    value: 'CC-BY-4.0',
    label: 'Creative Commons Attribution 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  {
    value: 'CC-BY-SA-4.0',
    label: 'Creative Commons Attribution-ShareAlike 4.0',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  {
    value: 'CC0-1.0',
    label: 'Creative Commons Zero (public domain) 1.0',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
];
