import { type DatePart, type FormErrors, type FormProblem, toFormErrors } from '@lgx/web/ui';

import { CASE_STUDY_FIELD_IDS as IDS } from './case-study-fields';

export type DatePartsInError = Partial<
  Record<'startDate' | 'endDate' | 'liveSince', readonly DatePart[]>
>;

/** The form's errors, with the boxes of each date in error to highlight. */
export type CaseStudyFormErrors = FormErrors & { dateParts: DatePartsInError };

/**
 * The case study form's problems for the error summary and inline messages,
 * in the order of the form. A date's summary link goes to its first box in
 * error (the day, unless told), as the date input itself takes no focus.
 */
export function caseStudyFormErrors(
  problems: readonly FormProblem[],
  dateParts: DatePartsInError = {},
): CaseStudyFormErrors {
  const errors = toFormErrors(problems, IDS);
  const dateBox = new Map<string, string>(
    (['startDate', 'endDate', 'liveSince'] as const).map((field) => [
      IDS[field],
      `${IDS[field]}-${dateParts[field]?.[0] ?? 'day'}`,
    ]),
  );
  return {
    ...errors,
    dateParts,
    summary: errors.summary.map((error) =>
      error.fieldId && dateBox.has(error.fieldId)
        ? { ...error, fieldId: dateBox.get(error.fieldId) }
        : error,
    ),
  };
}
