import type { FormProblem } from '@lgx/web/ui';

/** The problems of fields left empty, for the checks the API does not make itself. */
export function required(fields: [value: string, field: string, message: string][]): FormProblem[] {
  return fields
    .filter(([value]) => value.trim() === '')
    .map(([, field, message]) => ({ field, message }));
}
