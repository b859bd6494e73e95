import type { ReactNode } from 'react';

import { errorId, type FieldDescription, hintId } from './described-by';
import { ErrorMessage } from './error-message';

interface FormGroupProps {
  error?: string;
  /** Extra classes after govuk-form-group, such as govuk-password-input. */
  className?: string;
  children: ReactNode;
}

/** A GOV.UK form group, marked as in error while its field has an error. */
export function FormGroup({ error, className, children }: FormGroupProps) {
  return (
    <div
      className={`govuk-form-group${className ? ` ${className}` : ''}${error ? ' govuk-form-group--error' : ''}`}
    >
      {children}
    </div>
  );
}

/** A field's hint and inline error message, with the ids that fieldDescribedBy names. */
export function HintAndError({ id, hint, error }: FieldDescription & { id: string }) {
  return (
    <>
      {hint && (
        <div className="govuk-hint" id={hintId(id)}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId(id)}>{error}</ErrorMessage>}
    </>
  );
}

interface FieldLabelProps {
  /** The id of the control the label is for. */
  id: string;
  label: ReactNode;
  /** Extra classes on the label, such as govuk-label--m. */
  className?: string;
  /** Wraps the label in a heading of this level, for a form's section headings. */
  asHeading?: 2 | 3;
}

/** A GOV.UK label for a control, on its own or as a heading. */
export function FieldLabel({ id, label, className, asHeading }: FieldLabelProps) {
  const labelElement = (
    <label className={`govuk-label${className ? ` ${className}` : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  if (!asHeading) return labelElement;
  const Heading = asHeading === 3 ? 'h3' : 'h2';
  return <Heading className="govuk-label-wrapper">{labelElement}</Heading>;
}

interface LabelledFieldProps extends FieldDescription {
  /** The control's id; the hint and error message are named after it. */
  id: string;
  label: ReactNode;
  labelClassName?: string;
  labelAsHeading?: 2 | 3;
  /** Extra classes on the form group. */
  groupClassName?: string;
  /** The control, which takes fieldAria(id, { hint, error }). */
  children: ReactNode;
}

/** One GOV.UK control in its form group: label, hint and inline error, then the control. */
export function LabelledField({
  id,
  label,
  labelClassName,
  labelAsHeading,
  hint,
  error,
  groupClassName,
  children,
}: LabelledFieldProps) {
  return (
    <FormGroup error={error} className={groupClassName}>
      <FieldLabel id={id} label={label} className={labelClassName} asHeading={labelAsHeading} />
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </FormGroup>
  );
}
