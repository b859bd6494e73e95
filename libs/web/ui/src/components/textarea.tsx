import type { ReactNode, TextareaHTMLAttributes } from 'react';

import { fieldAria } from './described-by';
import { LabelledField } from './form-group';

interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  /** Wraps the label in a heading of this level, for a form's section headings. */
  labelAsHeading?: 2 | 3;
  /** Extra classes on the label, such as govuk-label--m. */
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
}

/** A GOV.UK textarea with its label, hint and inline error. */
export function Textarea({
  id,
  label,
  labelAsHeading,
  labelClassName,
  hint,
  error,
  rows = 5,
  ...rest
}: TextareaProps) {
  return (
    <LabelledField
      id={id}
      label={label}
      labelClassName={labelClassName}
      labelAsHeading={labelAsHeading}
      hint={hint}
      error={error}
    >
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        {...fieldAria(id, { hint, error })}
        {...rest}
      />
    </LabelledField>
  );
}
