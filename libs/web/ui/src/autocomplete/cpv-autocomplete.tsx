import { CPV_CODES } from '@lgx/shared/domain';
import type { ReactNode } from 'react';

import { Autocomplete } from './autocomplete';
import { CPV_DIVISIONS, cpvOptionOf, searchCpv } from './cpv-options';

interface CpvAutocompleteProps {
  /** The id of the text input, for the label and the error summary's link. */
  id: string;
  /** The form field that carries the chosen category's code (empty until one is chosen). */
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** The code of the category chosen to begin with. */
  defaultCode?: string | null;
  /** Offer only the broad categories (divisions), as a filter by division does. */
  divisionsOnly?: boolean;
}

/**
 * A CPV category chosen by the words of its name ("software", "waste"), with
 * its code shown after it: the one way every form picks a category.
 */
export function CpvAutocomplete({
  defaultCode,
  divisionsOnly = false,
  hint = 'Start typing what it is, like “software” or “waste”, and choose from the list',
  ...field
}: CpvAutocompleteProps) {
  const entries = divisionsOnly ? CPV_DIVISIONS : CPV_CODES;
  return (
    <Autocomplete
      {...field}
      hint={hint}
      search={async (query) => searchCpv(query, entries)}
      defaultOption={cpvOptionOf(defaultCode)}
      noResults="No categories match: try another word"
    />
  );
}

/**
 * What the person typed in an autocomplete's box, chosen or not, so a form
 * can tell "nothing typed" from "typed but not chosen from the list".
 */
export function autocompleteText(form: HTMLFormElement, id: string): string {
  return form.querySelector<HTMLInputElement>(`input#${CSS.escape(id)}`)?.value.trim() ?? '';
}
