import { ResetPasswordDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { Button, ErrorSummary, FormStatus, PasswordInput, usePageTitle } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

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

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    form.validate([]);
    reset.mutate(
      { token, password: formValues(event.currentTarget)('password') },
      { onError: form.fail },
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors.summary} />
        <h1 className="govuk-heading-l">Choose a new password</h1>
        {form.code === 'LINK_INVALID' && (
          <p className="govuk-body">
            <Link className="govuk-link" to="/forgotten-password">
              Ask for a new reset link
            </Link>
          </p>
        )}
        <form noValidate onSubmit={onSubmit}>
          <PasswordInput
            id="password"
            label="New password"
            hint={NEW_PASSWORD_HINT}
            autoComplete="new-password"
            error={form.errors.byField['password']}
          />
          <Button busy={reset.isPending}>Save new password</Button>
          <FormStatus busy={reset.isPending} label="Saving your new password" />
        </form>
      </div>
    </div>
  );
}
