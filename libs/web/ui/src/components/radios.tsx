import type { ReactNode } from 'react';

import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

export interface RadioItem {
  value: string;
  label: string;
  hint?: string;
}

interface RadiosProps {
  /** The first radio's id (the error summary links to it); the others get -2, -3 ... */
  id: string;
  name: string;
  legend: ReactNode;
  /** Makes the legend the page's h1, for a one-question page. */
  legendAsHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  items: RadioItem[];
  defaultValue?: string;
}

/** GOV.UK radios in a fieldset with a legend, hint and inline error. */
export function Radios({
  id,
  name,
  legend,
  legendAsHeading = false,
  hint,
  error,
  items,
  defaultValue,
}: RadiosProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(Boolean(hint) && `${id}-hint`, error && `${id}-error`)}
      >
        <legend
          className={`govuk-fieldset__legend ${legendAsHeading ? 'govuk-fieldset__legend--l' : 'govuk-fieldset__legend--m'}`}
        >
          {legendAsHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint && (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className="govuk-radios" data-module="govuk-radios">
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={name}
                  type="radio"
                  value={item.value}
                  defaultChecked={item.value === defaultValue}
                  aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint && (
                  <div id={`${itemId}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
