import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';

import { Autocomplete } from './autocomplete';
import type { AutocompleteOption } from './autocomplete-text';

interface MultiAutocompleteProps {
  /** The id of the text input, for the label and the error summary's link. */
  id: string;
  /** The form field sent once for each option chosen (its value). */
  name: string;
  label: string;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  /** Options matching what was typed, best first. */
  search: (query: string) => Promise<AutocompleteOption[]>;
  /** The options chosen to begin with. */
  defaultOptions?: readonly AutocompleteOption[];
  /** Values never offered (such as the person's own council). */
  exclude?: readonly string[];
  noResults?: string;
  /** What the list of chosen options is called, such as "Councils you have added". */
  chosenLabel: string;
}

/**
 * Several options chosen with GOV.UK's accessible autocomplete: each option
 * chosen is added to a list below, with a button to remove it, and the box
 * empties for the next. The form sends each chosen option's value under
 * `name`; the text still in the box goes as `${id}-typed`, so the form can
 * say when a name was typed but never chosen. Additions and removals are
 * announced, and focus stays where the person can carry on.
 */
export function MultiAutocomplete({
  id,
  name,
  label,
  labelClassName,
  hint,
  error,
  search,
  defaultOptions = [],
  exclude = [],
  noResults,
  chosenLabel,
}: MultiAutocompleteProps) {
  const [chosen, setChosen] = useState<AutocompleteOption[]>([...defaultOptions]);
  const [round, setRound] = useState(0);
  const [news, setNews] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const taken = new Set([...exclude, ...chosen.map((option) => option.value)]);

  // A new round empties the box (the autocomplete keeps its own text), ready for the next name.
  useEffect(() => {
    if (round > 0) document.getElementById(id)?.focus();
  }, [id, round]);

  const add = (option: AutocompleteOption) => {
    if (!taken.has(option.value)) setChosen((held) => [...held, option]);
    setNews(taken.has(option.value) ? `${option.label} is already added` : `${option.label} added`);
    setRound((count) => count + 1);
  };
  const remove = (index: number) => {
    const option = chosen[index]!;
    setChosen((held) => held.filter((other) => other.value !== option.value));
    setNews(`${option.label} removed`);
    // Focus the next remove button, or the previous one, or the box when none is left.
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    (buttons[index + 1] ?? buttons[index - 1] ?? document.getElementById(id))?.focus();
  };

  return (
    <div className="lgx-multi-autocomplete">
      <Autocomplete
        key={round}
        id={id}
        name={`${id}-chosen`}
        typedName={`${id}-typed`}
        label={label}
        labelClassName={labelClassName}
        hint={hint}
        error={error}
        search={async (query) => (await search(query)).filter((option) => !taken.has(option.value))}
        noResults={noResults}
        onChoose={(option) => setTimeout(() => add(option))}
      />
      <ChosenOptions
        id={id}
        name={name}
        label={chosenLabel}
        chosen={chosen}
        listRef={list}
        onRemove={remove}
      />
      <div className="govuk-visually-hidden" aria-live="polite" role="status">
        {news}
      </div>
    </div>
  );
}

/** The options chosen so far, each with its own "Remove" button; each value goes with the form. */
function ChosenOptions({
  id,
  name,
  label,
  chosen,
  listRef,
  onRemove,
}: {
  id: string;
  name: string;
  label: string;
  chosen: readonly AutocompleteOption[];
  listRef: RefObject<HTMLUListElement | null>;
  onRemove: (index: number) => void;
}) {
  if (chosen.length === 0) return null;
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-2" id={`${id}-chosen-heading`}>
        {label}
      </p>
      <ul
        className="govuk-list lgx-chosen-options"
        ref={listRef}
        aria-labelledby={`${id}-chosen-heading`}
      >
        {chosen.map((option, index) => (
          <li key={option.value} className="lgx-chosen-options__item">
            <span className="lgx-chosen-options__label">{option.label}</span>
            <input type="hidden" name={name} value={option.value} />
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              data-module="govuk-button"
              onClick={() => onRemove(index)}
            >
              Remove<span className="govuk-visually-hidden"> {option.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
