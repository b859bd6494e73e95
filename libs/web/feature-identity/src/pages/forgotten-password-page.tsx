import { RequestPasswordResetDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { Button, ErrorSummary, FormStatus, TextInput, usePageTitle } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { BackLink } from '../components/back-link';
import { useFormErrors } from '../hooks/use-form-errors';
import { formValues } from '../model/form-values';

const FIELDS = { email: 'email' };

/** Asks for a password reset link by email. */
export function ForgottenPasswordPage() {
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const request = useGraphQLMutation(RequestPasswordResetDocument, {
    onSuccess: ({ requestPasswordReset: sent }) =>
      navigate('/forgotten-password/sent', { state: { email: sent.email } }),
  });
  usePageTitle('Reset your password', form.errors.hasErrors);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    form.validate([]);
    request.mutate({ email: formValues(event.currentTarget)('email') }, { onError: form.fail });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/sign-in">Back to sign in</BackLink>
        <ErrorSummary errors={form.errors.summary} />
        <h1 className="govuk-heading-l">Reset your password</h1>
        <p className="govuk-body">
          Enter the email address of your account. We will send you a link to choose a new password.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <TextInput
            id="email"
            type="email"
            label="Email address"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            error={form.errors.byField['email']}
          />
          <Button busy={request.isPending}>Send reset link</Button>
          <FormStatus busy={request.isPending} label="Sending the link" />
        </form>
      </div>
    </div>
  );
}
