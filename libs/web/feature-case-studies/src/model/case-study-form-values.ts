import { completeWebAddress, DIGITAL_PROJECT_TYPE } from '@lgx/shared/domain';
import type { CaseStudyDetailsFragment, CaseStudyInput } from '@lgx/web/data-access';
import type { AutocompleteOption, DatePart, DateParts, FormProblem } from '@lgx/web/ui';
import { poundsFromPence } from '@lgx/web/util';

import { CASE_STUDY_FIELD_IDS as IDS } from './case-study-fields';
import { datePartsOf, readDate } from './dates';

/** Reads a submitted form: one value by input name, or every checked value of a group. */
export interface FormReader {
  value: (name: string) => string;
  values: (name: string) => string[];
}

/** A reader over a form element's current values. */
export function formReader(form: HTMLFormElement): FormReader {
  const data = new FormData(form);
  return {
    value: (name) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    },
    values: (name) => data.getAll(name).filter((v): v is string => typeof v === 'string'),
  };
}

export interface ReadCaseStudy {
  input: CaseStudyInput;
  /** Problems the API cannot report, as they would not reach it: numbers and dates. */
  problems: FormProblem[];
  /** For a date with a problem, the boxes to highlight. */
  dateParts: Partial<Record<'startDate' | 'endDate' | 'liveSince', DatePart[]>>;
}

const MAX_INT = 2_147_483_647; // GraphQL's Int
/** Digital projects (software, AI, devices): the API's default too. */
export const DEFAULT_PROJECT_TYPE: string = DIGITAL_PROJECT_TYPE;

function wholeNumber(
  text: string,
  field: 'hoursSavedPerYear' | 'residentsAffected' | 'savingsPeriodYears' | 'savingsPeriodYearsTo',
  label: string,
  problems: FormProblem[],
  example = '1200',
): number | null {
  const cleaned = text.trim().replace(/[,\s]/g, '');
  if (!cleaned) return null;
  if (!/^\d+$/.test(cleaned)) {
    problems.push({ field, message: `${label} must be a whole number, like ${example}` });
    return null;
  }
  const value = Number(cleaned);
  if (value > MAX_INT) {
    problems.push({
      field,
      message: `${label} must be ${MAX_INT.toLocaleString('en-GB')} or fewer`,
    });
    return null;
  }
  return value;
}

/** Council register codes as a list, once each: "NGM, lce" → ["NGM", "LCE"]. */
export function councilCodesFrom(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * The case study form as the API's input. Money goes as typed ("1.5m") for
 * the API to check; whole numbers and dates are read here, as the API's
 * types cannot carry a mistake in them.
 */
export function readCaseStudyForm(read: FormReader): ReadCaseStudy {
  const problems: FormProblem[] = [];
  const dateParts: ReadCaseStudy['dateParts'] = {};
  const date = (field: 'startDate' | 'endDate' | 'liveSince', label: string): string | null => {
    const id = IDS[field];
    const parts: DateParts = {
      day: read.value(`${id}-day`),
      month: read.value(`${id}-month`),
      year: read.value(`${id}-year`),
    };
    const result = readDate(parts, label);
    if (result.ok) return result.value;
    problems.push({ field, message: result.message });
    dateParts[field] = result.parts;
    return null;
  };
  const typedCouncil = read.value(`${IDS.coAuthorCouncilCodes}-typed`).trim();
  if (typedCouncil)
    problems.push({
      field: 'coAuthorCouncilCodes',
      message: `Choose ${typedCouncil} from the list of councils, or clear the box`,
    });
  const stage = read.value(IDS.stage);
  const input: CaseStudyInput = {
    title: read.value(IDS.title),
    summary: read.value(IDS.summary),
    stage,
    stoppedReason: stage === 'STOPPED' ? read.value(IDS.stoppedReason) : null,
    challenge: read.value(IDS.challenge),
    whatWasDone: read.value(IDS.whatWasDone),
    impact: read.value(IDS.impact),
    lessonsLearned: read.value(IDS.lessonsLearned),
    body: read.value(IDS.body),
    ...readFigures(read, problems),
    hoursSavedPerYear: wholeNumber(
      read.value(IDS.hoursSavedPerYear),
      'hoursSavedPerYear',
      'Hours saved a year',
      problems,
    ),
    residentsAffected: wholeNumber(
      read.value(IDS.residentsAffected),
      'residentsAffected',
      'Residents or cases affected',
      problems,
    ),
    nonCashableBenefits: read.value(IDS.nonCashableBenefits).trim() || null,
    evidenceLevel: read.value(IDS.evidenceLevel) || null,
    serviceAreas: read.values(IDS.serviceAreas),
    objectives: read.values(IDS.objectives),
    technologies: read.values(IDS.technologies),
    startDate: date('startDate', 'Start date'),
    endDate: date('endDate', 'End date'),
    liveSince: date('liveSince', 'Date it went live'),
    coAuthorCouncilCodes: councilCodesFrom(read.values(IDS.coAuthorCouncilCodes).join(',')),
    contactName: read.value(IDS.contactName).trim() || null,
    contactEmail: read.value(IDS.contactEmail).trim() || null,
    licence: read.value(IDS.licence) || null,
    sourceUrl: completeWebAddress(read.value(IDS.sourceUrl)) || null,
  };
  return { input, problems, dateParts };
}

/** The money and what the appraisal method needs, as the API's input. */
function readFigures(read: FormReader, problems: FormProblem[]) {
  const text = (id: string) => read.value(id).trim() || null;
  const years = (field: 'savingsPeriodYears' | 'savingsPeriodYearsTo', label: string) =>
    wholeNumber(read.value(IDS[field]), field, `${label} in years`, problems, '3');
  return {
    figuresBasis: read.value(IDS.figuresBasis) === 'ACTUAL' ? 'ACTUAL' : 'FORECAST',
    investment: text(IDS.investment),
    investmentHigh: text(IDS.investmentHigh),
    investmentUpTo: read.value(IDS.investmentUpTo) === 'yes',
    runningCostPerYear: text(IDS.runningCostPerYear),
    cashableSavingsPerYear: text(IDS.cashableSavingsPerYear),
    cashableSavingsHigh: text(IDS.cashableSavingsHigh),
    cashableSavingsUpTo: read.value(IDS.cashableSavingsUpTo) === 'yes',
    cashableSavingsOver: read.value(IDS.cashableSavingsOver) === 'PERIOD' ? 'PERIOD' : 'YEAR',
    savingsPeriodYears: years('savingsPeriodYears', 'The savings period'),
    savingsPeriodYearsTo: years('savingsPeriodYearsTo', 'The end of the savings period range'),
    projectType: text(IDS.projectType),
  } satisfies Partial<CaseStudyInput>;
}

/** What the form starts with for a case study being changed; empty for a new one. */
export interface CaseStudyFormDefaults {
  title: string;
  summary: string;
  stage: string;
  stoppedReason: string;
  challenge: string;
  whatWasDone: string;
  impact: string;
  lessonsLearned: string;
  body: string;
  figuresBasis: 'FORECAST' | 'ACTUAL';
  investment: string;
  investmentHigh: string;
  investmentUpTo: boolean;
  runningCostPerYear: string;
  cashableSavingsPerYear: string;
  cashableSavingsHigh: string;
  cashableSavingsUpTo: boolean;
  cashableSavingsOver: 'YEAR' | 'PERIOD';
  savingsPeriodYears: string;
  savingsPeriodYearsTo: string;
  projectType: string;
  hoursSavedPerYear: string;
  residentsAffected: string;
  nonCashableBenefits: string;
  evidenceLevel: string;
  serviceAreas: string[];
  objectives: string[];
  technologies: string[];
  startDate: DateParts;
  endDate: DateParts;
  liveSince: DateParts;
  /** Co-authors and councils still asked, by code and name. */
  coAuthorCouncils: AutocompleteOption[];
  contactName: string;
  contactEmail: string;
  licence: string;
  sourceUrl: string;
}

export const NEW_CASE_STUDY: CaseStudyFormDefaults = {
  title: '',
  summary: '',
  stage: '',
  stoppedReason: '',
  challenge: '',
  whatWasDone: '',
  impact: '',
  lessonsLearned: '',
  body: '',
  figuresBasis: 'FORECAST',
  investment: '',
  investmentHigh: '',
  investmentUpTo: false,
  runningCostPerYear: '',
  cashableSavingsPerYear: '',
  cashableSavingsHigh: '',
  cashableSavingsUpTo: false,
  cashableSavingsOver: 'YEAR',
  savingsPeriodYears: '',
  savingsPeriodYearsTo: '',
  projectType: DEFAULT_PROJECT_TYPE,
  hoursSavedPerYear: '',
  residentsAffected: '',
  nonCashableBenefits: '',
  evidenceLevel: '',
  serviceAreas: [],
  objectives: [],
  technologies: [],
  startDate: datePartsOf(null),
  endDate: datePartsOf(null),
  liveSince: datePartsOf(null),
  coAuthorCouncils: [],
  contactName: '',
  contactEmail: '',
  licence: 'OGL-UK-3.0',
  sourceUrl: '',
};

/** A new case study's starting values, with the signed-in officer as its contact. */
export function withContact(
  defaults: CaseStudyFormDefaults,
  officer: { name: string; email: string } | null | undefined,
): CaseStudyFormDefaults {
  if (!officer) return defaults;
  return {
    ...defaults,
    contactName: defaults.contactName || officer.name,
    contactEmail: defaults.contactEmail || officer.email,
  };
}

const count = (value: number | null) => (value === null ? '' : String(value));

/** A stored case study as the form's starting values. */
export function formDefaultsOf(study: CaseStudyDetailsFragment): CaseStudyFormDefaults {
  return {
    title: study.title,
    summary: study.summary,
    stage: study.stage.key,
    stoppedReason: study.stoppedReason ?? '',
    challenge: study.challenge,
    whatWasDone: study.whatWasDone,
    impact: study.impact,
    lessonsLearned: study.lessonsLearned,
    body: study.body,
    figuresBasis: study.figuresBasis,
    investment: poundsFromPence(study.investment?.pence),
    investmentHigh: poundsFromPence(study.investmentHigh?.pence),
    investmentUpTo: study.investmentUpTo,
    runningCostPerYear: poundsFromPence(study.runningCostPerYear?.pence),
    cashableSavingsPerYear: poundsFromPence(study.cashableSavingsPerYear?.pence),
    cashableSavingsHigh: poundsFromPence(study.cashableSavingsHigh?.pence),
    cashableSavingsUpTo: study.cashableSavingsUpTo,
    cashableSavingsOver: study.cashableSavingsOver,
    savingsPeriodYears: count(study.savingsPeriodYears),
    savingsPeriodYearsTo: count(study.savingsPeriodYearsTo),
    projectType: study.projectType.key,
    hoursSavedPerYear: count(study.hoursSavedPerYear),
    residentsAffected: count(study.residentsAffected),
    nonCashableBenefits: study.nonCashableBenefits ?? '',
    evidenceLevel: study.evidenceLevel?.key ?? '',
    serviceAreas: study.serviceAreas.map((term) => term.key),
    objectives: study.objectives.map((term) => term.key),
    technologies: study.technologies.map((term) => term.key),
    startDate: datePartsOf(study.startDate),
    endDate: datePartsOf(study.endDate),
    liveSince: datePartsOf(study.liveSince ?? null),
    // Councils still asked stay named, so saving the form does not withdraw their invitation.
    coAuthorCouncils: [
      ...study.coAuthorCouncils,
      ...(study.coAuthorInvitations ?? [])
        .filter((invitation) => invitation.status === 'PENDING')
        .map((invitation) => invitation.council),
    ].map((council) => ({ value: council.code, label: council.name })),
    contactName: study.contactName ?? '',
    contactEmail: study.contactEmail ?? '',
    licence: study.licence,
    sourceUrl: study.sourceUrl ?? '',
  };
}
