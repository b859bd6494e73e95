import type { ReactNode, SelectHTMLAttributes } from 'react';

import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  options: SelectOption[];
}

export function Select({ id, label, hint, error, options, ...rest }: SelectProps) {
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
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        aria-describedby={describedBy(Boolean(hint) && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
