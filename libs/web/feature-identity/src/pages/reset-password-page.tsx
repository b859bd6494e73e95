import { ResetPasswordDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { PasswordInput, usePageTitle } from '@lgx/web/ui';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { FormPage } from '../components/form-page';
import { useFormErrors } from '../hooks/use-form-errors';
import { useSessionChanged } from '../hooks/use-session-changed';
import { formValues } from '../model/form-values';
import { NEW_PASSWORD_HINT } from '../model/password-hint';

const FIELDS = { password: 'password' };

/** The link in the reset email: choose a new password. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const reset = useGraphQLMutation(ResetPasswordDocument, {
    onSuccess: async () => {
      navigate('/reset-password/done', { replace: true });
      // Every session of the account has ended.
      await sessionChanged();
    },
  });
  usePageTitle('Choose a new password', form.errors.hasErrors);

  const onSubmit = (sent: HTMLFormElement) => {
    form.validate([]);
    reset.mutate({ token, password: formValues(sent)('password') }, { onError: form.fail });
  };

  return (
    <FormPage
      title="Choose a new password"
      errors={form.errors.summary}
      intro={
        form.code === 'LINK_INVALID' && (
          <p className="govuk-body">
            <Link className="govuk-link" to="/forgotten-password">
              Ask for a new reset link
            </Link>
          </p>
        )
      }
      onSubmit={onSubmit}
      busy={reset.isPending}
      submitLabel="Save new password"
      busyLabel="Saving your new password"
    >
      <PasswordInput
        id="password"
        label="New password"
        hint={NEW_PASSWORD_HINT}
        autoComplete="new-password"
        error={form.errors.byField['password']}
      />
    </FormPage>
  );
}
