import type { FieldError } from '../components/error-summary';

/** A problem with a form: about one field (by the API's name for it), or about the whole form. */
export interface FormProblem {
  field?: string;
  message: string;
}

/** What an error summary and the inline messages need. */
export interface FormErrors {
  /** For the error summary, in the order the fields appear on the page. */
  summary: FieldError[];
  /** Inline messages by input id. */
  byField: Readonly<Record<string, string | undefined>>;
  hasErrors: boolean;
}

/** A form with nothing wrong (yet). */
export const NO_FORM_ERRORS: FormErrors = { summary: [], byField: {}, hasErrors: false };

/** The shape of an API error this helper understands (GraphQLRequestError has it). */
export interface ProblemSource {
  message: string;
  code?: string;
  fields?: readonly { field: string; message: string }[];
}

/**
 * An API error as form problems: its field problems when it has some; else,
 * when its code is about one field (such as a wrong code), that field; else
 * one problem about the whole form.
 */
export function problemsFromError(
  error: ProblemSource,
  codeFields: Readonly<Record<string, string>> = {},
): FormProblem[] {
  if (error.fields && error.fields.length > 0) return error.fields.map((p) => ({ ...p }));
  const field = error.code ? codeFields[error.code] : undefined;
  return [{ field, message: error.message }];
}

/**
 * Maps problems to the error summary and to inline messages. `fieldIds` maps
 * the API's field names to input ids, in the order the fields appear; a
 * problem about a field the form does not show goes in the summary alone.
 * Each field shows its first problem only.
 */
export function toFormErrors(
  problems: readonly FormProblem[],
  fieldIds: Readonly<Record<string, string>>,
): FormErrors {
  const order = Object.keys(fieldIds);
  const position = (problem: FormProblem) => {
    const index = problem.field === undefined ? -1 : order.indexOf(problem.field);
    return index < 0 ? order.length : index;
  };
  const byField: Record<string, string> = {};
  const summary: FieldError[] = [];
  const seen = new Set<string>();
  for (const problem of [...problems].sort((a, b) => position(a) - position(b))) {
    const fieldId = problem.field === undefined ? undefined : fieldIds[problem.field];
    if (fieldId) {
      if (byField[fieldId] !== undefined) continue;
      byField[fieldId] = problem.message;
      summary.push({ fieldId, message: problem.message });
    } else if (!seen.has(problem.message)) {
      seen.add(problem.message);
      summary.push({ message: problem.message });
    }
  }
  return { summary, byField, hasErrors: summary.length > 0 };
}
