import { ResendVerificationEmailDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { Button, ErrorSummary, FormStatus, TextInput, usePageTitle } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { useFormErrors } from '../hooks/use-form-errors';
import { formValues } from '../model/form-values';

const FIELDS = { email: 'email' };

/** Asks for a new email confirmation link, for a link that expired or never came. */
export function NewConfirmationLinkPage() {
  const state: unknown = useLocation().state;
  const email = (state as { email?: string } | null)?.email ?? '';
  const resend = useGraphQLMutation(ResendVerificationEmailDocument);
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  usePageTitle('Get a new confirmation link', form.errors.hasErrors);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (resend.isPending) return;
    form.validate([]);
    resend.mutate(
      { email: formValues(event.currentTarget)('email') },
      {
        onSuccess: ({ resendVerificationEmail: sent }) =>
          navigate('/check-your-email', { state: { email: sent.email } }),
        onError: form.fail,
      },
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors.summary} />
        <h1 className="govuk-heading-l">Get a new confirmation link</h1>
        <p className="govuk-body">
          We will email a new link to confirm your email address, if it belongs to an account that
          is not confirmed yet.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <TextInput
            id="email"
            type="email"
            label="Email address"
            defaultValue={email}
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            error={form.errors.byField['email']}
          />
          <Button busy={resend.isPending}>Send a new link</Button>
          <FormStatus busy={resend.isPending} label="Sending" />
        </form>
      </div>
    </div>
  );
}
