import { completeWebAddress } from '@lgx/shared/domain';
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
  dateParts: Partial<Record<'startDate' | 'endDate', DatePart[]>>;
}

const MAX_INT = 2_147_483_647; // GraphQL's Int

function wholeNumber(
  text: string,
  field: 'hoursSavedPerYear' | 'residentsAffected',
  label: string,
  problems: FormProblem[],
): number | null {
  const cleaned = text.trim().replace(/[,\s]/g, '');
  if (!cleaned) return null;
  if (!/^\d+$/.test(cleaned)) {
    problems.push({ field, message: `${label} must be a whole number, like 1200` });
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
  const date = (field: 'startDate' | 'endDate', label: string): string | null => {
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
    investment: read.value(IDS.investment).trim() || null,
    runningCostPerYear: read.value(IDS.runningCostPerYear).trim() || null,
    cashableSavingsPerYear: read.value(IDS.cashableSavingsPerYear).trim() || null,
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
    coAuthorCouncilCodes: councilCodesFrom(read.values(IDS.coAuthorCouncilCodes).join(',')),
    contactName: read.value(IDS.contactName).trim() || null,
    contactEmail: read.value(IDS.contactEmail).trim() || null,
    licence: read.value(IDS.licence) || null,
    sourceUrl: completeWebAddress(read.value(IDS.sourceUrl)) || null,
  };
  return { input, problems, dateParts };
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
  investment: string;
  runningCostPerYear: string;
  cashableSavingsPerYear: string;
  hoursSavedPerYear: string;
  residentsAffected: string;
  nonCashableBenefits: string;
  evidenceLevel: string;
  serviceAreas: string[];
  objectives: string[];
  technologies: string[];
  startDate: DateParts;
  endDate: DateParts;
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
  investment: '',
  runningCostPerYear: '',
  cashableSavingsPerYear: '',
  hoursSavedPerYear: '',
  residentsAffected: '',
  nonCashableBenefits: '',
  evidenceLevel: '',
  serviceAreas: [],
  objectives: [],
  technologies: [],
  startDate: datePartsOf(null),
  endDate: datePartsOf(null),
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
    investment: poundsFromPence(study.investment?.pence),
    runningCostPerYear: poundsFromPence(study.runningCostPerYear?.pence),
    cashableSavingsPerYear: poundsFromPence(study.cashableSavingsPerYear?.pence),
    hoursSavedPerYear: count(study.hoursSavedPerYear),
    residentsAffected: count(study.residentsAffected),
    nonCashableBenefits: study.nonCashableBenefits ?? '',
    evidenceLevel: study.evidenceLevel?.key ?? '',
    serviceAreas: study.serviceAreas.map((term) => term.key),
    objectives: study.objectives.map((term) => term.key),
    technologies: study.technologies.map((term) => term.key),
    startDate: datePartsOf(study.startDate),
    endDate: datePartsOf(study.endDate),
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
