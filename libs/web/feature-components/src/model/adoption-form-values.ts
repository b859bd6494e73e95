import type { AdoptionInput } from '@lgx/web/data-access';
import { type FormErrors, type FormProblem, type Refusal, toFormErrors } from '@lgx/web/ui';
import { readDate, type TypedDatePart } from '@lgx/web/util';

/** The ids of the adoption form's fields, which are also their names. */
export const ADOPTION_FIELD_IDS = {
  status: 'adoption-status',
  startedOn: 'adoption-started-on',
  stoppedOn: 'adoption-stopped-on',
  note: 'adoption-note',
  contactOptIn: 'adoption-contact',
  caseStudyId: 'adoption-case-study',
};
const IDS = ADOPTION_FIELD_IDS;

/** For a date with a problem, the boxes to mark. */
export type AdoptionDateParts = Partial<Record<'startedOn' | 'stoppedOn', TypedDatePart[]>>;

export interface ReadAdoption {
  input: AdoptionInput;
  /** Problems found before sending: no status chosen, dates that cannot be read. */
  problems: FormProblem[];
  dateParts: AdoptionDateParts;
}

/** The adoption form as the API's input; blanks are not given (null). */
export function readAdoptionForm(data: FormData): ReadAdoption {
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const problems: FormProblem[] = [];
  const dateParts: AdoptionDateParts = {};
  const status = text(IDS.status);
  if (!status)
    problems.push({ field: 'status', message: 'Choose evaluating, in use or stopped using' });
  const date = (field: 'startedOn' | 'stoppedOn', label: string): string | null => {
    const id = IDS[field];
    const parts = { day: text(`${id}-day`), month: text(`${id}-month`), year: text(`${id}-year`) };
    const result = readDate(parts, label);
    if (result.ok) return result.value;
    problems.push({ field, message: result.message });
    dateParts[field] = result.parts;
    return null;
  };
  const input: AdoptionInput = {
    status: status as AdoptionInput['status'],
    startedOn: date('startedOn', 'The date you started'),
    stoppedOn: date('stoppedOn', 'The date you stopped'),
    note: text(IDS.note) || null,
    contactOptIn: data.get(IDS.contactOptIn) === 'yes',
    caseStudyId: text(IDS.caseStudyId) || null,
  };
  return { input, problems, dateParts };
}

const NOT_A_DATE = 'not a date';
const NOT_A_CASE_STUDY = 'not a case study';

/**
 * For each field the form checks itself, a value the API refuses (see
 * component-adoptions.service.ts in the API). Its status is an enum, so a
 * missing one is sent as "stopped" (which makes no stop date wrong) with a
 * case study id that is not one, which the API is sure to refuse.
 */
export const ADOPTION_REFUSALS: Record<string, Refusal<AdoptionInput>> = {
  status: (input) => ({ ...input, status: 'STOPPED', caseStudyId: NOT_A_CASE_STUDY }),
  startedOn: (input) => ({ ...input, startedOn: NOT_A_DATE }),
  stoppedOn: (input) => ({ ...input, stoppedOn: NOT_A_DATE }),
};

/** Fields that carried a stand-in for another field's problem: the API's word on them is not news. */
export const STAND_IN_FIELDS = (problems: readonly FormProblem[]): string[] =>
  problems.some((problem) => problem.field === 'status') ? ['caseStudyId'] : [];

/** The form's errors in its order; a date's summary link goes to its first box in error. */
export function adoptionFormErrors(
  problems: readonly FormProblem[],
  dateParts: AdoptionDateParts,
): FormErrors & { dateParts: AdoptionDateParts } {
  const errors = toFormErrors(problems, IDS);
  const firstBox = (field: 'startedOn' | 'stoppedOn') =>
    `${IDS[field]}-${dateParts[field]?.[0] ?? 'day'}`;
  const summary = errors.summary.map((error) =>
    error.fieldId === IDS.startedOn
      ? { ...error, fieldId: firstBox('startedOn') }
      : error.fieldId === IDS.stoppedOn
        ? { ...error, fieldId: firstBox('stoppedOn') }
        : error,
  );
  return { ...errors, summary, dateParts };
}
