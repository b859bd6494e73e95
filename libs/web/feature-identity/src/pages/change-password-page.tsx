import { ChangePasswordDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { PasswordInput, usePageTitle } from '@lgx/web/ui';
import { useNavigate } from 'react-router';

import { ACCOUNT_FORM, FormPage } from '../components/form-page';
import { useFormErrors } from '../hooks/use-form-errors';
import { formValues } from '../model/form-values';
import { NEW_PASSWORD_HINT } from '../model/password-hint';

const FIELDS = { currentPassword: 'current-password', newPassword: 'new-password' };

/** Change your password, with your current one. */
export function ChangePasswordPage() {
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const change = useGraphQLMutation(ChangePasswordDocument, {
    onSuccess: () => navigate('/account', { state: { flash: 'Your password has been changed' } }),
  });
  usePageTitle('Change your password', form.errors.hasErrors);

  const onSubmit = (sent: HTMLFormElement) => {
    const value = formValues(sent);
    const variables = {
      currentPassword: value('current-password'),
      newPassword: value('new-password'),
    };
    // Sent as it is: the API checks both passwords and says every problem at once.
    change.mutate(variables, { onError: form.fail });
  };

  return (
    <FormPage
      {...ACCOUNT_FORM}
      title="Change your password"
      errors={form.errors.summary}
      onSubmit={onSubmit}
      busy={change.isPending}
      submitLabel="Change password"
      busyLabel="Changing your password"
    >
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
    </FormPage>
  );
}
