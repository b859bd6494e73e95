import { type FieldError, FormShell } from '@lgx/web/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { BackLink } from './back-link';

export interface FormPageProps {
  /** The page's heading (left out when a field's legend is the heading). */
  title?: ReactNode;
  /** The back link, before everything. */
  back?: { to: string; label: string };
  /** Where the Cancel link beside the button goes, if there is one. */
  cancelTo?: string;
  /** The problems for the error summary. */
  errors: FieldError[];
  /** Between the error summary and the heading: a notification banner, or a caption. */
  beforeTitle?: ReactNode;
  /** Between the heading and the form: what the form does, warnings. */
  intro?: ReactNode;
  /** Called with the form when it is sent, unless it is already being sent. */
  onSubmit: (form: HTMLFormElement) => void;
  busy: boolean;
  submitLabel: string;
  /** Warning for what cannot be undone. */
  submitVariant?: 'warning';
  /** Announced while the form is being sent, like "Saving your details". */
  busyLabel: string;
  /** After the form, like a link to another way in. */
  after?: ReactNode;
  /** The fields. */
  children?: ReactNode;
}

/**
 * An identity page that is one form in the two-thirds column: the back link,
 * the error summary, the heading, the form with its button (and Cancel), and its
 * live status.
 */
export function FormPage({
  title,
  back,
  cancelTo,
  errors,
  beforeTitle,
  intro,
  after,
  children,
  ...form
}: FormPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {back && <BackLink to={back.to}>{back.label}</BackLink>}
        <FormShell
          {...form}
          errors={errors}
          intro={
            <>
              {beforeTitle}
              {title !== undefined && <h1 className="govuk-heading-l">{title}</h1>}
              {intro}
            </>
          }
          secondary={
            cancelTo && (
              <Link className="govuk-link" to={cancelTo}>
                Cancel
              </Link>
            )
          }
        >
          {children}
        </FormShell>
        {after}
      </div>
    </div>
  );
}

/** For a page about your account: back to it, and Cancel back to it. */
export const ACCOUNT_FORM = {
  back: { to: '/account', label: 'Back to your account' },
  cancelTo: '/account',
} as const;
