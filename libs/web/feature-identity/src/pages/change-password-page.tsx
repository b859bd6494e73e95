import { ChangePasswordDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { Button, ErrorSummary, FormStatus, PasswordInput, usePageTitle } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { BackLink } from '../components/back-link';
import { useFormErrors } from '../hooks/use-form-errors';
import { formValues } from '../model/form-values';
import { NEW_PASSWORD_HINT } from '../model/password-hint';
import { required } from '../model/required';

const FIELDS = { currentPassword: 'current-password', newPassword: 'new-password' };

/** Change your password, with your current one. */
export function ChangePasswordPage() {
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const change = useGraphQLMutation(ChangePasswordDocument, {
    onSuccess: () => navigate('/account', { state: { flash: 'Your password has been changed' } }),
  });
  usePageTitle('Change your password', form.errors.hasErrors);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const value = formValues(event.currentTarget);
    const variables = {
      currentPassword: value('current-password'),
      newPassword: value('new-password'),
    };
    const problems = required([
      [variables.currentPassword, 'currentPassword', 'Enter your current password'],
    ]);
    if (!form.validate(problems)) return;
    change.mutate(variables, { onError: form.fail });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">Back to your account</BackLink>
        <ErrorSummary errors={form.errors.summary} />
        <h1 className="govuk-heading-l">Change your password</h1>
        <form noValidate onSubmit={onSubmit}>
          <PasswordInput
            id="current-password"
            label="Current password"
            autoComplete="current-password"
            error={form.errors.byField['current-password']}
          />
          <PasswordInput
            id="new-password"
            label="New password"
            hint={NEW_PASSWORD_HINT}
            autoComplete="new-password"
            error={form.errors.byField['new-password']}
          />
          <div className="govuk-button-group">
            <Button busy={change.isPending}>Change password</Button>
            <Link className="govuk-link" to="/account">
              Cancel
            </Link>
          </div>
          <FormStatus busy={change.isPending} label="Changing your password" />
        </form>
      </div>
    </div>
  );
}
