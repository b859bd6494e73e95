import type { FormEvent, ReactNode } from 'react';

import { Button } from '../components/button';
import { ErrorSummary, type FieldError } from '../components/error-summary';
import { FormStatus } from '../components/form-status';

export interface FormShellProps {
  /** The problems to list at the top; each links to (and focuses) its field. */
  errors: FieldError[];
  /** What sits between the error summary and the form, like the page heading. */
  intro?: ReactNode;
  /** Called with the form when it is sent, unless it is already being sent. */
  onSubmit: (form: HTMLFormElement) => void;
  busy: boolean;
  submitLabel: string;
  /** The button's look: warning for what cannot be undone (primary when left out). */
  submitVariant?: 'primary' | 'secondary' | 'warning';
  /** A link beside the button, like Cancel (the router's Link, so navigation stays in the app). */
  secondary?: ReactNode;
  /** Announced while the form is being sent, like "Saving" (no announcement without it). */
  busyLabel?: string;
  className?: string;
  /** The fields, usually fieldset components. */
  children: ReactNode;
}

/**
 * What every long form shares: the error summary (which takes focus), a
 * `noValidate` form that ignores a second send while the first is busy,
 * the submit button with an optional secondary link, and a live status.
 */
export function FormShell({
  errors,
  intro,
  onSubmit,
  busy,
  submitLabel,
  submitVariant,
  secondary,
  busyLabel,
  className,
  children,
}: FormShellProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    onSubmit(event.currentTarget);
  };
  const button = (
    <Button variant={submitVariant} busy={busy}>
      {submitLabel}
    </Button>
  );
  return (
    <>
      <ErrorSummary errors={errors} />
      {intro}
      <form noValidate onSubmit={submit} className={className}>
        {children}
        {secondary ? (
          <div className="govuk-button-group">
            {button}
            {secondary}
          </div>
        ) : (
          button
        )}
        {busyLabel !== undefined && <FormStatus busy={busy} label={busyLabel} />}
      </form>
    </>
  );
}
