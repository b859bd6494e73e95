/** A problem with one field of a form's input, as the API names it. */
export interface FieldProblem {
  field: string;
  message: string;
}

const isProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldProblem).field === 'string' &&
  typeof (value as FieldProblem).message === 'string';

/**
 * The field problems of a GraphQL error: `extensions.fields` (every problem
 * with a form at once) or a single `extensions.field` with the error's message.
 */
export function fieldProblemsOf(
  message: string,
  extensions: Record<string, unknown> | undefined,
): FieldProblem[] {
  const fields = extensions?.['fields'];
  if (Array.isArray(fields)) return fields.filter(isProblem);
  const field = extensions?.['field'];
  return typeof field === 'string' ? [{ field, message }] : [];
}
