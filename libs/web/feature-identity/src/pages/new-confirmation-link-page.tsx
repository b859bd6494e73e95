import { ResendVerificationEmailDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { usePageTitle } from '@lgx/web/ui';
import { useLocation } from 'react-router';

import { EmailInput } from '../components/email-input';
import { FormPage } from '../components/form-page';
import { useCheckYourEmail } from '../hooks/use-check-your-email';
import { useFormErrors } from '../hooks/use-form-errors';
import { formValues } from '../model/form-values';

const FIELDS = { email: 'email' };

/** Asks for a new email confirmation link, for a link that expired or never came. */
export function NewConfirmationLinkPage() {
  const state: unknown = useLocation().state;
  const email = (state as { email?: string } | null)?.email ?? '';
  const resend = useGraphQLMutation(ResendVerificationEmailDocument);
  const form = useFormErrors(FIELDS);
  const checkYourEmail = useCheckYourEmail();
  usePageTitle('Get a new confirmation link', form.errors.hasErrors);

  const onSubmit = (sent: HTMLFormElement) => {
    form.validate([]);
    resend.mutate(
      { email: formValues(sent)('email') },
      {
        onSuccess: ({ resendVerificationEmail: account }) => checkYourEmail(account),
        onError: form.fail,
      },
    );
  };

  return (
    <FormPage
      title="Get a new confirmation link"
      errors={form.errors.summary}
      intro={
        <p className="govuk-body">
          We will email a new link to confirm your email address, if it belongs to an account that
          is not confirmed yet.
        </p>
      }
      onSubmit={onSubmit}
      busy={resend.isPending}
      submitLabel="Send a new link"
      busyLabel="Sending"
    >
      <EmailInput label="Email address" defaultValue={email} error={form.errors.byField['email']} />
    </FormPage>
  );
}
