import type { ReactNode } from 'react';

import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

export interface CheckboxItem {
  value: string;
  label: string;
}

interface CheckboxesProps {
  /** The first checkbox's id (the error summary links to it); the others get -2, -3 ... */
  id: string;
  name: string;
  legend: ReactNode;
  /** Classes for the legend's size; govuk-fieldset__legend--m unless told. */
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  items: CheckboxItem[];
  defaultValues?: readonly string[];
  small?: boolean;
}

/** GOV.UK checkboxes in a fieldset with a legend, hint and inline error. */
export function Checkboxes({
  id,
  name,
  legend,
  legendClassName = 'govuk-fieldset__legend--m',
  hint,
  error,
  items,
  defaultValues = [],
  small = false,
}: CheckboxesProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(Boolean(hint) && `${id}-hint`, error && `${id}-error`)}
      >
        <legend className={`govuk-fieldset__legend ${legendClassName}`}>{legend}</legend>
        {hint && (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div
          className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}
          data-module="govuk-checkboxes"
        >
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-checkboxes__item" key={item.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={itemId}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  defaultChecked={defaultValues.includes(item.value)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                  {item.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
