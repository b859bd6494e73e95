import { Fragment, type ReactNode, useState } from 'react';

import { choiceId, Fieldset } from './fieldset';

export interface ConditionalRadioItem {
  value: string;
  label: string;
  hint?: string;
  /** Shown under the radio while it is chosen, such as a follow-up question. */
  conditional?: ReactNode;
}

interface ConditionalRadiosProps {
  /** The first radio's id (the error summary links to it); the others get -2, -3 ... */
  id: string;
  name: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  items: ConditionalRadioItem[];
  defaultValue?: string;
}

/**
 * GOV.UK radios whose items can reveal a follow-up question when chosen.
 * The follow-up stays in the page while hidden, so what was typed is kept.
 */
export function ConditionalRadios({
  id,
  name,
  legend,
  legendClassName = 'govuk-fieldset__legend--m',
  hint,
  error,
  items,
  defaultValue,
}: ConditionalRadiosProps) {
  const [chosen, setChosen] = useState(defaultValue);
  return (
    <Fieldset id={id} legend={legend} legendClassName={legendClassName} hint={hint} error={error}>
      <div className="govuk-radios" data-module="govuk-radios">
        {items.map((item, index) => {
          const itemId = choiceId(id, index);
          const conditionalId = `conditional-${itemId}`;
          return (
            <Fragment key={item.value}>
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={name}
                  type="radio"
                  value={item.value}
                  defaultChecked={item.value === defaultValue}
                  onChange={() => setChosen(item.value)}
                  aria-controls={item.conditional ? conditionalId : undefined}
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
              {item.conditional && (
                <div
                  className={`govuk-radios__conditional${chosen === item.value ? '' : ' govuk-radios__conditional--hidden'}`}
                  id={conditionalId}
                >
                  {item.conditional}
                </div>
              )}
            </Fragment>
          );
        })}
      </div>
    </Fieldset>
  );
}
