import type { InputHTMLAttributes, ReactNode } from 'react';

import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

interface PrefixedInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  /** Shown before the input, such as "£"; hidden from screen readers, so say it in the label. */
  prefix?: string;
  /** Shown after the input, such as "per year". */
  suffix?: string;
  hint?: ReactNode;
  error?: string;
  /** A GOV.UK width class, such as govuk-input--width-10. */
  widthClassName?: string;
}

/** A GOV.UK text input with a prefix or suffix (such as "£"), label, hint and inline error. */
export function PrefixedInput({
  id,
  label,
  prefix,
  suffix,
  hint,
  error,
  widthClassName = 'govuk-input--width-10',
  ...rest
}: PrefixedInputProps) {
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
      <div className="govuk-input__wrapper">
        {prefix && (
          <div className="govuk-input__prefix" aria-hidden="true">
            {prefix}
          </div>
        )}
        <input
          className={`govuk-input ${widthClassName}${error ? ' govuk-input--error' : ''}`}
          id={id}
          name={id}
          type="text"
          spellCheck={false}
          aria-describedby={describedBy(Boolean(hint) && `${id}-hint`, error && `${id}-error`)}
          aria-invalid={error ? true : undefined}
          {...rest}
        />
        {suffix && (
          <div className="govuk-input__suffix" aria-hidden="true">
            {suffix}
          </div>
        )}
      </div>
    </div>
  );
}
