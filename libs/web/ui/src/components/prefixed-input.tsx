import type { InputHTMLAttributes, ReactNode } from 'react';

import { fieldAria } from './described-by';
import { LabelledField } from './form-group';

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
    <LabelledField id={id} label={label} hint={hint} error={error}>
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
          {...fieldAria(id, { hint, error })}
          {...rest}
        />
        {suffix && (
          <div className="govuk-input__suffix" aria-hidden="true">
            {suffix}
          </div>
        )}
      </div>
    </LabelledField>
  );
}
