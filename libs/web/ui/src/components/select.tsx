import type { ReactNode, SelectHTMLAttributes } from 'react';

import { fieldAria } from './described-by';
import { LabelledField } from './form-group';

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
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        {...fieldAria(id, { hint, error })}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
