import {
  CASE_STUDY_STAGES,
  EVIDENCE_LEVELS,
  isCalendarDate,
  isOneOf,
  isWholeNumberBetween,
  type LabelTable,
  SERVICE_AREAS,
  STRATEGIC_OBJECTIVES,
  taxonomyProblems,
  TECHNOLOGIES,
  textProblem,
} from '@lgx/shared/domain';

import {
  type CheckedFigures,
  checkStatedFigures,
  type StatedFigureFields,
} from './case-study-figures.rules';

export interface FieldProblem {
  field: string;
  message: string;
}

/** What an editor sends; money in pounds as typed ("1,500,000", "1.5m"). */
export interface CaseStudyFields extends StatedFigureFields {
  title: string;
  summary: string;
  challenge?: string | null;
  whatWasDone?: string | null;
  impact?: string | null;
  lessonsLearned?: string | null;
  body?: string | null;
  coAuthorCouncilCodes?: string[] | null;
  serviceAreas?: string[] | null;
  objectives?: string[] | null;
  technologies?: string[] | null;
  stage: string;
  stoppedReason?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  liveSince?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  licence?: string | null;
  sourceUrl?: string | null;
  hoursSavedPerYear?: number | null;
  nonCashableBenefits?: string | null;
  residentsAffected?: number | null;
  evidenceLevel?: string | null;
}

/** Licences for published text and data (SPDX identifiers). */
export const CASE_STUDY_LICENCES = ['OGL-UK-3.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0'];

export const LIMITS = {
  title: 150,
  summary: 300,
  text: 20_000,
  name: 100,
  reason: 2_000,
  /** A whole-time year is about 1,600 hours: ten million is 6,000 people's work. */
  hoursSavedPerYear: 10_000_000,
  /** More than the UK's population: cases can outnumber residents, but not by this much. */
  residentsAffected: 100_000_000,
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type { CheckedFigures };

/**
 * Checks every field and reports every problem by field name. Returns the
 * money in pence. Council codes are checked against the register elsewhere.
 */
export function checkCaseStudy(input: CaseStudyFields): {
  problems: FieldProblem[];
  figures: CheckedFigures;
} {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  checkTexts(input, problem);

  const taxonomy = (
    field: 'serviceAreas' | 'objectives' | 'technologies',
    known: LabelTable,
    label: string,
  ) => {
    for (const message of taxonomyProblems(known, input[field] ?? [], label, 10))
      problem(field, message);
  };
  taxonomy('serviceAreas', SERVICE_AREAS, 'service area');
  taxonomy('objectives', STRATEGIC_OBJECTIVES, 'strategic objective');
  taxonomy('technologies', TECHNOLOGIES, 'technology');

  checkStageAndDates(input, problem);
  checkContactAndSource(input, problem);
  const figures = checkFigures(input, problem);
  return { problems, figures };
}

type Problem = (field: string, message: string) => void;

/** The title and summary are required; every text has its limit. */
function checkTexts(input: CaseStudyFields, problem: Problem): void {
  const text = (field: keyof CaseStudyFields, label: string, max: number, required = false) => {
    const value = ((input[field] as string | null | undefined) ?? '').trim();
    const wrong = textProblem(value, label, max, required);
    if (wrong) problem(field, wrong);
  };
  text('title', 'a title', LIMITS.title, true);
  text('summary', 'a summary', LIMITS.summary, true);
  for (const field of ['challenge', 'whatWasDone', 'impact', 'lessonsLearned', 'body'] as const)
    text(field, 'the text', LIMITS.text);
  text('contactName', 'the contact name', LIMITS.name);
  text('nonCashableBenefits', 'the description of other benefits', LIMITS.reason);
}

/** A known stage, a reason when it stopped, and real dates in order. */
function checkStageAndDates(input: CaseStudyFields, problem: Problem): void {
  if (!isOneOf(CASE_STUDY_STAGES, input.stage))
    problem('stage', 'Choose a stage: idea, discovery, pilot, live, scaled or stopped');
  const reason = input.stoppedReason?.trim() ?? '';
  if (input.stage === 'STOPPED' && !reason)
    problem(
      'stoppedReason',
      'Say why the project stopped: what others can learn from it is the point',
    );
  if (reason.length > LIMITS.reason)
    problem('stoppedReason', `The reason must be ${LIMITS.reason} characters or fewer`);

  for (const [field, label] of [
    ['startDate', 'start date'],
    ['endDate', 'end date'],
    ['liveSince', 'date it went live'],
  ] as const) {
    const value = input[field];
    if (value && !isCalendarDate(value))
      problem(field, `Enter the ${label} as a real date, like 2024-04-01`);
  }
  if (
    isCalendarDate(input.startDate) &&
    isCalendarDate(input.endDate) &&
    input.endDate < input.startDate
  ) {
    problem('endDate', 'The end date must be the same as or after the start date');
  }
  if (isCalendarDate(input.liveSince) && input.liveSince > new Date().toISOString().slice(0, 10))
    problem('liveSince', 'The date it went live cannot be in the future');
}

/** The contact's email, the licence and the source's web address. */
function checkContactAndSource(input: CaseStudyFields, problem: Problem): void {
  if (input.contactEmail && !EMAIL.test(input.contactEmail.trim()))
    problem('contactEmail', 'Enter an email address like name@council.gov.uk');
  if (input.licence && !CASE_STUDY_LICENCES.includes(input.licence))
    problem('licence', `Choose a licence: ${CASE_STUDY_LICENCES.join(', ')}`);
  if (input.sourceUrl) {
    try {
      if (!['http:', 'https:'].includes(new URL(input.sourceUrl).protocol))
        throw new Error('protocol');
    } catch {
      problem('sourceUrl', 'Enter a web address starting with https://');
    }
  }
}

/** The stated money and appraisal fields, counts in range and a known evidence level. */
function checkFigures(input: CaseStudyFields, problem: Problem): CheckedFigures {
  const figures = checkStatedFigures(input, problem);
  for (const [field, label] of [
    ['hoursSavedPerYear', 'Hours saved'],
    ['residentsAffected', 'Residents or cases affected'],
  ] as const) {
    const value = input[field];
    if (value !== null && value !== undefined && !isWholeNumberBetween(value, 0, LIMITS[field]))
      problem(
        field,
        `${label} must be a whole number from 0 to ${LIMITS[field].toLocaleString('en-GB')}`,
      );
  }
  if (input.evidenceLevel && !isOneOf(EVIDENCE_LEVELS, input.evidenceLevel))
    problem('evidenceLevel', 'Choose estimated, measured internally or independently evaluated');
  return figures;
}
