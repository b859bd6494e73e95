import './search-box.scss';

import type { FormEvent, ReactNode } from 'react';

import { describedBy } from '../components/described-by';
import { SearchButton } from './search-button';

interface SearchBoxProps {
  id: string;
  label: string;
  /** Keeps the label for screen readers only, where the page makes the purpose plain. */
  labelHidden?: boolean;
  /** Names the search landmark, where a page may have more than one. */
  landmarkLabel?: string;
  /** Makes the label the page's h1, for a search page. */
  labelAsHeading?: boolean;
  hint?: ReactNode;
  /** `header` sits in the black header bar; `page` is the wide box on a search page. */
  variant?: 'header' | 'page';
  /** Where the form goes, as a GET with `q`, unless onSubmit handles it. */
  action?: string;
  value?: string;
  defaultValue?: string;
  maxLength?: number;
  onChange?: (value: string) => void;
  /** Handles the search in the page instead of loading `action`. */
  onSubmit?: (value: string) => void;
}

/** A GOV.UK-style search form: one labelled search field and a button with a magnifier. */
export function SearchBox({
  id,
  label,
  labelHidden = false,
  labelAsHeading = false,
  landmarkLabel,
  hint,
  variant = 'page',
  action = '/search',
  value,
  defaultValue,
  maxLength = 200,
  onChange,
  onSubmit,
}: SearchBoxProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!onSubmit) return;
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('q');
    onSubmit(field instanceof HTMLInputElement ? field.value : '');
  };
  return (
    <form
      className={`lgx-search lgx-search--${variant}`}
      action={action}
      method="get"
      role="search"
      aria-label={landmarkLabel}
      onSubmit={submit}
    >
      {labelAsHeading ? (
        <h1 className="govuk-label-wrapper">
          <label className="govuk-label govuk-label--l" htmlFor={id}>
            {label}
          </label>
        </h1>
      ) : (
        <label
          className={labelHidden ? 'govuk-visually-hidden' : 'govuk-label govuk-label--s'}
          htmlFor={id}
        >
          {label}
        </label>
      )}
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <div className="lgx-search__row">
        <input
          className="govuk-input lgx-search__input"
          id={id}
          name="q"
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          maxLength={maxLength}
          aria-describedby={describedBy(Boolean(hint) && `${id}-hint`)}
          value={value}
          defaultValue={defaultValue}
          onChange={onChange && ((event) => onChange(event.target.value))}
        />
        <SearchButton />
      </div>
    </form>
  );
}
