import type { FormProblem } from './form-errors';

/**
 * Every problem of one sending of a form: those the page found itself, then
 * the API's about any other field (its word on a field the page already
 * reported is about the stand-in value sent for it, so the page's stays).
 */
export function mergeProblems(
  found: readonly FormProblem[],
  answered: readonly FormProblem[],
): FormProblem[] {
  const reported = new Set(found.map((problem) => problem.field).filter(Boolean));
  return [
    ...found,
    ...answered.filter((problem) => problem.field === undefined || !reported.has(problem.field)),
  ];
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
