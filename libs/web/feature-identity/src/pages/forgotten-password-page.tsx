import { RequestPasswordResetDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { usePageTitle } from '@lgx/web/ui';
import { useNavigate } from 'react-router';

import { EmailInput } from '../components/email-input';
import { FormPage } from '../components/form-page';
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

  const onSubmit = (sent: HTMLFormElement) => {
    form.validate([]);
    request.mutate({ email: formValues(sent)('email') }, { onError: form.fail });
  };

  return (
    <FormPage
      back={{ to: '/sign-in', label: 'Back to sign in' }}
      title="Reset your password"
      errors={form.errors.summary}
      intro={
        <p className="govuk-body">
          Enter the email address of your account. We will send you a link to choose a new password.
        </p>
      }
      onSubmit={onSubmit}
      busy={request.isPending}
      submitLabel="Send reset link"
      busyLabel="Sending the link"
    >
      <EmailInput label="Email address" error={form.errors.byField['email']} />
    </FormPage>
  );
}
