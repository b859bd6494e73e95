import { ResendVerificationEmailDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { Button, ErrorSummary, FormStatus, NotificationBanner, usePageTitle } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link, useLocation } from 'react-router';

import { useFormErrors } from '../hooks/use-form-errors';

const FIELDS = {};

/** After sign-up: where the link went, and a button to send it again. */
export function CheckYourEmailPage() {
  const state: unknown = useLocation().state;
  const email = (state as { email?: string } | null)?.email;
  const resend = useGraphQLMutation(ResendVerificationEmailDocument);
  const form = useFormErrors(FIELDS);
  usePageTitle('Check your email', form.errors.hasErrors);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (resend.isPending || !email) return;
    form.validate([]);
    resend.mutate({ email }, { onError: form.fail });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors.summary} />
        {resend.isSuccess && (
          <NotificationBanner success heading={`We have sent the email again to ${email}`} />
        )}
        <h1 className="govuk-heading-l">Check your email</h1>
        {email ? (
          <p className="govuk-body">
            We have sent a link to <strong>{email}</strong>. Open it to confirm your email address
            and finish creating your account. The link works once, for 24 hours.
          </p>
        ) : (
          <p className="govuk-body">
            We have sent you a link. Open it to confirm your email address and finish creating your
            account. The link works once, for 24 hours.
          </p>
        )}
        <h2 className="govuk-heading-m">If you did not get the email</h2>
        <p className="govuk-body">
          It can take a few minutes to arrive. Check your spam or junk folder.
        </p>
        {email ? (
          <form noValidate onSubmit={onSubmit}>
            <Button variant="secondary" busy={resend.isPending}>
              Send the email again
            </Button>
            <FormStatus busy={resend.isPending} label="Sending the email again" />
          </form>
        ) : (
          <p className="govuk-body">
            <Link className="govuk-link" to="/verify-email/new">
              Get a new confirmation link
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
