import type { InputHTMLAttributes, ReactNode } from 'react';

import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

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
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label${labelClassName ? ` ${labelClassName}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <input
        className={`govuk-input${error ? ' govuk-input--error' : ''}${className ? ` ${className}` : ''}`}
        id={id}
        name={id}
        type="text"
        aria-describedby={describedBy(Boolean(hint) && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </div>
  );
}
