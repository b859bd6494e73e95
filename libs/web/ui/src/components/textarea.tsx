import type { ReactNode, TextareaHTMLAttributes } from 'react';

import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

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
  const labelElement = (
    <label className={`govuk-label${labelClassName ? ` ${labelClassName}` : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  const Heading = labelAsHeading === 3 ? 'h3' : 'h2';
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      {labelAsHeading ? (
        <Heading className="govuk-label-wrapper">{labelElement}</Heading>
      ) : (
        labelElement
      )}
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        aria-describedby={describedBy(Boolean(hint) && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </div>
  );
}
