import { DeleteMyAccountDocument, useGraphQLMutation, useViewer } from '@lgx/web/data-access';
import { PasswordInput, usePageTitle, WarningText } from '@lgx/web/ui';
import { useNavigate } from 'react-router';

import { ACCOUNT_FORM, FormPage } from '../components/form-page';
import { useFormErrors } from '../hooks/use-form-errors';
import { useSessionChanged } from '../hooks/use-session-changed';
import { formValues } from '../model/form-values';
import { required } from '../model/required';

const FIELDS = { password: 'password' };

function WhatDeletingDoes({ council = 'your council' }: { council: string | undefined }) {
  return (
    <>
      <p className="govuk-body">If you delete your account:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>your name, job title and email address are erased</li>
        <li>you are signed out on every device</li>
        <li>you are no longer a member of {council} on LGX</li>
      </ul>
      <p className="govuk-body">
        What you wrote on LGX stays with {council}, so other councils can still learn from it. It is
        shown as the council’s, not yours.
      </p>
      <WarningText>You cannot undo this.</WarningText>
    </>
  );
}

/** Delete your account, confirmed with your password. Content stays with the council. */
export function DeleteAccountPage() {
  const { data } = useViewer();
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const remove = useGraphQLMutation(DeleteMyAccountDocument, {
    onSuccess: async () => {
      navigate('/account-deleted', { replace: true });
      await sessionChanged();
    },
  });
  usePageTitle('Delete your account', form.errors.hasErrors);

  const onSubmit = (sent: HTMLFormElement) => {
    const password = formValues(sent)('password');
    if (!form.validate(required([[password, 'password', 'Enter your password']]))) return;
    remove.mutate({ password }, { onError: form.fail });
  };

  return (
    <FormPage
      {...ACCOUNT_FORM}
      title="Delete your account"
      errors={form.errors.summary}
      intro={<WhatDeletingDoes council={data?.viewer.council?.name} />}
      onSubmit={onSubmit}
      busy={remove.isPending}
      submitLabel="Delete your account"
      submitVariant="warning"
      busyLabel="Deleting your account"
    >
      <PasswordInput
        id="password"
        label="Enter your password to confirm"
        autoComplete="current-password"
        error={form.errors.byField['password']}
      />
    </FormPage>
  );
}
