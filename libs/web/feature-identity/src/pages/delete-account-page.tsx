import { DeleteMyAccountDocument, useGraphQLMutation, useViewer } from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  FormStatus,
  PasswordInput,
  usePageTitle,
  WarningText,
} from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { BackLink } from '../components/back-link';
import { useFormErrors } from '../hooks/use-form-errors';
import { useSessionChanged } from '../hooks/use-session-changed';
import { formValues } from '../model/form-values';
import { required } from '../model/required';

const FIELDS = { password: 'password' };

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
  const council = data?.viewer.council?.name;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (remove.isPending) return;
    const password = formValues(event.currentTarget)('password');
    if (!form.validate(required([[password, 'password', 'Enter your password']]))) return;
    remove.mutate({ password }, { onError: form.fail });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">Back to your account</BackLink>
        <ErrorSummary errors={form.errors.summary} />
        <h1 className="govuk-heading-l">Delete your account</h1>
        <p className="govuk-body">If you delete your account:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>your name, job title and email address are erased</li>
          <li>you are signed out on every device</li>
          <li>you are no longer a member of {council ?? 'your council'} on LGX</li>
        </ul>
        <p className="govuk-body">
          What you wrote on LGX stays with {council ?? 'your council'}, so other councils can still
          learn from it. It is shown as the council’s, not yours.
        </p>
        <WarningText>You cannot undo this.</WarningText>
        <form noValidate onSubmit={onSubmit}>
          <PasswordInput
            id="password"
            label="Enter your password to confirm"
            autoComplete="current-password"
            error={form.errors.byField['password']}
          />
          <div className="govuk-button-group">
            <Button variant="warning" busy={remove.isPending}>
              Delete your account
            </Button>
            <Link className="govuk-link" to="/account">
              Cancel
            </Link>
          </div>
          <FormStatus busy={remove.isPending} label="Deleting your account" />
        </form>
      </div>
    </div>
  );
}
