import type { ReactNode } from 'react';

import { choiceId, Fieldset } from './fieldset';

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
  /** Classes for the legend's size, when not a heading; govuk-fieldset__legend--m unless told. */
  legendClassName?: string;
  /** GOV.UK's small radios, for questions within a longer form. */
  small?: boolean;
  /** Side by side, for two or three short answers. */
  inline?: boolean;
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
  legendClassName = 'govuk-fieldset__legend--m',
  small = false,
  inline = false,
}: RadiosProps) {
  const classes = ['govuk-radios', small && 'govuk-radios--small', inline && 'govuk-radios--inline']
    .filter(Boolean)
    .join(' ');
  return (
    <Fieldset
      id={id}
      legend={legendAsHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      legendClassName={legendAsHeading ? 'govuk-fieldset__legend--l' : legendClassName}
      hint={hint}
      error={error}
    >
      <div className={classes} data-module="govuk-radios">
        {items.map((item, index) => {
          const itemId = choiceId(id, index);
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
    </Fieldset>
  );
}
