import type { DatePart } from '../components/date-input';
import type { FieldError } from '../components/error-summary';
import type { FormProblem } from './form-errors';

/**
 * The problems of one send, found before and after it: what the form found
 * about a field (more precise, like which box of a date) comes first and
 * replaces what the API said about the same field; every other problem the
 * API found is kept. So a person sees every problem at once.
 */
export function mergeProblems(
  found: readonly FormProblem[],
  answered: readonly FormProblem[],
): FormProblem[] {
  const fields = new Set(found.map((problem) => problem.field).filter(Boolean));
  return [
    ...found,
    ...answered.filter((problem) => problem.field === undefined || !fields.has(problem.field)),
  ];
}

/**
 * An error summary whose links to date inputs go to the first box in error
 * (a date input itself takes no focus). `dates` maps a date input's id to
 * its boxes in error; any date input not named there links to its day.
 */
export function linkDateBoxes(
  summary: readonly FieldError[],
  dateIds: readonly string[],
  dates: Readonly<Record<string, readonly DatePart[] | undefined>> = {},
): FieldError[] {
  return summary.map((error) =>
    error.fieldId && dateIds.includes(error.fieldId)
      ? { ...error, fieldId: `${error.fieldId}-${dates[error.fieldId]?.[0] ?? 'day'}` }
      : error,
  );
}

/** For one field, the input with a value in it that the API is sure to refuse. */
export type Refusal<Input> = (input: Input) => Input;

/**
 * The input to send so that a form with problems of its own is still checked
 * by the API in the same go: each field in problem carries a value the API
 * must refuse, so nothing is saved and the API answers with every other
 * problem too. Null when a problem is about a field with no such value (or
 * about the whole form): then the page shows its own problems alone.
 */
export function inputToCheck<Input>(
  input: Input,
  found: readonly FormProblem[],
  refusals: Readonly<Record<string, Refusal<Input>>>,
): Input | null {
  let checked = input;
  for (const { field } of found) {
    const refuse = field === undefined ? undefined : refusals[field];
    if (!refuse) return null;
    checked = refuse(checked);
  }
  return checked;
}
