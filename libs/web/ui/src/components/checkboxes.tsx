import type { ReactNode } from 'react';

import { choiceId, Fieldset } from './fieldset';

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
    <Fieldset id={id} legend={legend} legendClassName={legendClassName} hint={hint} error={error}>
      <div
        className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}
        data-module="govuk-checkboxes"
      >
        {items.map((item, index) => {
          const itemId = choiceId(id, index);
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
    </Fieldset>
  );
}
