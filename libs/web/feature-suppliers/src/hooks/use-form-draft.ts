import { useCallback, useState } from 'react';

import { draftKey, draftOf, type FormDraft, parseDraft } from '../model/form-draft';

const storage = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage turned off: nothing is kept, and nothing breaks
  }
};

/** Puts a draft's values back into a form's fields (not hidden ones, which their components own). */
export function applyDraft(form: HTMLFormElement, draft: FormDraft): void {
  for (const [name, value] of draft) {
    for (const element of form.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)) {
      if (element.type === 'hidden' || element.type === 'file') continue;
      if (element.type === 'radio' || element.type === 'checkbox')
        element.checked = element.value === value;
      else element.value = value;
    }
  }
}

/**
 * A form's draft, kept in the tab's session storage while the person goes to
 * another page (to add a supplier) and put back on the way back: `save` as
 * they go, `restore` once the form is drawn, `clear` once it is sent.
 */
export function useFormDraft(form: string) {
  const key = draftKey(form);
  const [draft] = useState(() => parseDraft(storage()?.getItem(key) ?? null));
  const save = useCallback(
    (element: HTMLFormElement) =>
      storage()?.setItem(key, JSON.stringify(draftOf(new FormData(element)))),
    [key],
  );
  const clear = useCallback(() => storage()?.removeItem(key), [key]);
  const restore = useCallback(
    (element: HTMLFormElement) => {
      if (draft) applyDraft(element, draft);
    },
    [draft],
  );
  return { draft, save, restore, clear };
}
