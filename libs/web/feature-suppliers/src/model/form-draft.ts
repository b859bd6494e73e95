/** What was typed in a form, kept while the person goes to another page: its fields' values. */
export type FormDraft = readonly (readonly [string, string])[];

/** Where a form's draft is kept in the tab's session storage. */
export const draftKey = (form: string) => `lgx.draft.${form}`;

/** The text values of a sent form (files and empty fields left out). */
export function draftOf(form: FormData): FormDraft {
  const entries: [string, string][] = [];
  form.forEach((value, name) => {
    if (typeof value === 'string' && value !== '') entries.push([name, value]);
  });
  return entries;
}

/** A draft read back from storage, or null when there is none or it is not one. */
export function parseDraft(stored: string | null): FormDraft | null {
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    const isEntry = (entry: unknown) =>
      Array.isArray(entry) &&
      entry.length === 2 &&
      typeof entry[0] === 'string' &&
      typeof entry[1] === 'string';
    return Array.isArray(value) && value.every(isEntry) ? (value as FormDraft) : null;
  } catch {
    return null;
  }
}

/** The draft's value for a field, if it has one. */
export function draftValue(draft: FormDraft | null, name: string): string | undefined {
  return draft?.find(([field]) => field === name)?.[1];
}
