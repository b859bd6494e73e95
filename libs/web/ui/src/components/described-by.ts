import type { ReactNode } from 'react';

/** Joins the ids of hints and error messages for aria-describedby; undefined when there are none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The id of a field's hint, from the field's id. */
export function hintId(fieldId: string): string {
  return `${fieldId}-hint`;
}

/** The id of a field's inline error message, from the field's id. */
export function errorId(fieldId: string): string {
  return `${fieldId}-error`;
}

/** What describes a field: its hint and its error message, either of which may be missing. */
export interface FieldDescription {
  hint?: ReactNode;
  error?: string;
}

/** aria-describedby of a field or fieldset: its hint, then its error, when it has them. */
export function fieldDescribedBy(fieldId: string, { hint, error }: FieldDescription) {
  return describedBy(Boolean(hint) && hintId(fieldId), error && errorId(fieldId));
}

/** The aria attributes of a field's control: what describes it, and whether it is in error. */
export function fieldAria(fieldId: string, description: FieldDescription) {
  return {
    'aria-describedby': fieldDescribedBy(fieldId, description),
    'aria-invalid': description.error ? (true as const) : undefined,
  };
}
