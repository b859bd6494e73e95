import 'accessible-autocomplete/dist/accessible-autocomplete.min.css';
import './autocomplete.scss';

import AccessibleAutocomplete from 'accessible-autocomplete/react';
import { type ReactNode, useEffect, useRef, useState } from 'react';

import { ErrorMessage } from '../components/error-message';
import { isSearchUnavailable } from '../search/search-unavailable';
import {
  type AutocompleteOption,
  confirmedOption,
  describedByIds,
  suggestionHtml,
} from './autocomplete-text';

interface AutocompleteProps {
  /** The id of the text input, for the label and the error summary's link. */
  id: string;
  /** The form field that carries the chosen option's value (empty until one is chosen). */
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Options matching what was typed, best first. */
  search: (query: string) => Promise<AutocompleteOption[]>;
  /** The option chosen to begin with. */
  defaultOption?: AutocompleteOption | null;
  minLength?: number;
  noResults?: string;
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
  hint,
  error,
  search,
  defaultOption = null,
  minLength = 2,
  noResults = 'No results found',
}: AutocompleteProps) {
  const container = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<AutocompleteOption | null>(defaultOption);
  const [failed, setFailed] = useState<false | 'error' | 'unavailable'>(false);
  const latestQuery = useRef('');
  const input = () => container.current?.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);

  // The autocomplete sets aria-describedby itself, leaving out the hint and error message.
  useEffect(() => {
    const field = input();
    if (!field) return;
    const apply = () => {
      const wanted = describedByIds(field.getAttribute('aria-describedby'), id, {
        hint: Boolean(hint),
        error: Boolean(error),
      });
      if (field.getAttribute('aria-describedby') !== wanted)
        field.setAttribute('aria-describedby', wanted);
      if (error) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(field, { attributes: true, attributeFilter: ['aria-describedby'] });
    return () => observer.disconnect();
  });

  const source = (query: string, populate: (options: AutocompleteOption[]) => void) => {
    latestQuery.current = query;
    // Answers can arrive out of order: only the one for the latest text is shown.
    search(query).then(
      (options) => {
        if (latestQuery.current !== query) return;
        setFailed(false);
        populate(options);
      },
      (error: unknown) => {
        if (latestQuery.current !== query) return;
        setFailed(isSearchUnavailable(error) ? 'unavailable' : 'error');
        populate([]);
      },
    );
  };

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <div
        ref={container}
        className={`lgx-autocomplete${error ? ' lgx-autocomplete--error' : ''}`}
        // Typing away from the chosen option's name unchooses it at once.
        onChange={(event) => {
          const typed = (event.target as HTMLInputElement).value;
          latestQuery.current = typed;
          setChosen((held) => (held && typed.trim() !== held.label ? null : held));
        }}
      >
        <AccessibleAutocomplete
          id={id}
          name=""
          source={source}
          defaultValue={defaultOption?.label ?? ''}
          minLength={minLength}
          displayMenu="overlay"
          onConfirm={(option) =>
            setChosen((held) => confirmedOption(option, held, input()?.value ?? ''))
          }
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
    </div>
  );
}
