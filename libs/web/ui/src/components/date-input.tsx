import type { ReactNode } from 'react';

import { Fieldset } from './fieldset';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

interface DateInputProps {
  /** Inputs are `${id}-day`, `${id}-month` and `${id}-year`. */
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  /** The parts to highlight when there is an error; all of them unless told. */
  errorParts?: readonly DatePart[];
  defaultValue?: DateParts;
}

const PARTS: { part: DatePart; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'govuk-input--width-4' },
];

/** A GOV.UK date input: day, month and year in a fieldset with a legend, hint and inline error. */
export function DateInput({
  id,
  legend,
  legendClassName = 'govuk-fieldset__legend--s',
  hint,
  error,
  errorParts = ['day', 'month', 'year'],
  defaultValue,
}: DateInputProps) {
  return (
    <Fieldset
      id={id}
      role="group"
      legend={legend}
      legendClassName={legendClassName}
      hint={hint}
      error={error}
    >
      <div className="govuk-date-input" id={id}>
        {PARTS.map(({ part, label, width }) => {
          const inputId = `${id}-${part}`;
          const invalid = Boolean(error) && errorParts.includes(part);
          return (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input ${width}${invalid ? ' govuk-input--error' : ''}`}
                  id={inputId}
                  name={inputId}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  defaultValue={defaultValue?.[part] ?? ''}
                  aria-invalid={invalid ? true : undefined}
                />
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
