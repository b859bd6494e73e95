import 'accessible-autocomplete/dist/accessible-autocomplete.min.css';
import './autocomplete.scss';

import AccessibleAutocomplete from 'accessible-autocomplete/react';
import { type ReactNode, useRef, useState } from 'react';

import { LabelledField } from '../components/form-group';
import { type AutocompleteOption, confirmedOption, suggestionHtml } from './autocomplete-text';
import { useDescribedBy } from './use-described-by';
import { useLatestSearch } from './use-latest-search';

interface AutocompleteProps {
  /** The id of the text input, for the label and the error summary's link. */
  id: string;
  /** The form field that carries the chosen option's value (empty until one is chosen). */
  name: string;
  label: string;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  /** Options matching what was typed, best first. */
  search: (query: string) => Promise<AutocompleteOption[]>;
  /** The option chosen to begin with. */
  defaultOption?: AutocompleteOption | null;
  minLength?: number;
  noResults?: string;
  /** Told of each option the person chooses (by Enter or a click). */
  onChoose?: (option: AutocompleteOption) => void;
  /** The form field that carries the text typed, so a form can tell a name typed but not chosen. */
  typedName?: string;
}

/**
 * GOV.UK's accessible autocomplete (alphagov/accessible-autocomplete) as a
 * GOV.UK form field: options are searched as the person types, and only an
 * option they choose (with arrows and Enter, or a click) fills the field;
 * text typed but not chosen leaves it empty.
 */
export function Autocomplete({
  id,
  name,
  label,
  labelClassName,
  hint,
  error,
  search,
  defaultOption = null,
  minLength = 2,
  noResults = 'No results found',
  onChoose,
  typedName = '',
}: AutocompleteProps) {
  const container = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<AutocompleteOption | null>(defaultOption);
  const { source, failed, typed: noteTyped } = useLatestSearch(search);
  const input = () => container.current?.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
  useDescribedBy(input, id, { hint: Boolean(hint), error: Boolean(error) });

  return (
    <LabelledField id={id} label={label} labelClassName={labelClassName} hint={hint} error={error}>
      <div
        ref={container}
        className={`lgx-autocomplete${error ? ' lgx-autocomplete--error' : ''}`}
        // Typing away from the chosen option's name unchooses it at once.
        onChange={(event) => {
          const typed = (event.target as HTMLInputElement).value;
          noteTyped(typed);
          setChosen((held) => (held && typed.trim() !== held.label ? null : held));
        }}
      >
        <AccessibleAutocomplete
          id={id}
          name={typedName}
          source={source}
          defaultValue={defaultOption?.label ?? ''}
          minLength={minLength}
          displayMenu="overlay"
          onConfirm={(option) => {
            setChosen((held) => confirmedOption(option, held, input()?.value ?? ''));
            if (option) onChoose?.(option);
          }}
          templates={{
            inputValue: (option) => option?.label ?? '',
            suggestion: suggestionHtml,
          }}
          tNoResults={() =>
            failed === 'unavailable'
              ? 'Search is unavailable for now: try again in a few minutes'
              : failed
                ? 'The search did not work: try again in a moment'
                : noResults
          }
        />
      </div>
      <input type="hidden" name={name} value={chosen?.value ?? ''} />
    </LabelledField>
  );
}
