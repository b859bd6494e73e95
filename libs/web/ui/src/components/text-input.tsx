import type { InputHTMLAttributes, ReactNode } from 'react';

import { fieldAria } from './described-by';
import { LabelledField } from './form-group';

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Extra classes on the label, such as govuk-label--m. */
  labelClassName?: string;
}

/** A GOV.UK text input with its label, hint and inline error. */
export function TextInput({
  id,
  label,
  hint,
  error,
  className,
  labelClassName,
  ...rest
}: TextInputProps) {
  return (
    <LabelledField id={id} label={label} labelClassName={labelClassName} hint={hint} error={error}>
      <input
        className={`govuk-input${error ? ' govuk-input--error' : ''}${className ? ` ${className}` : ''}`}
        id={id}
        name={id}
        type="text"
        {...fieldAria(id, { hint, error })}
        {...rest}
      />
    </LabelledField>
  );
}
