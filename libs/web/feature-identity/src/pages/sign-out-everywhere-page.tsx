import { SignOutEverywhereDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { Button, ErrorSummary, FormStatus, usePageTitle } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { BackLink } from '../components/back-link';
import { useFormErrors } from '../hooks/use-form-errors';
import { useSessionChanged } from '../hooks/use-session-changed';

const FIELDS = {};

/** Ends every session of the account, this one included. */
export function SignOutEverywherePage() {
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const signOut = useGraphQLMutation(SignOutEverywhereDocument, {
    onSuccess: async () => {
      navigate('/signed-out', { state: { everywhere: true } });
      await sessionChanged();
    },
  });
  usePageTitle('Sign out of all devices', form.errors.hasErrors);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signOut.isPending) return;
    form.validate([]);
    signOut.mutate({}, { onError: form.fail });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">Back to your account</BackLink>
        <ErrorSummary errors={form.errors.summary} />
        <h1 className="govuk-heading-l">Sign out of all devices</h1>
        <p className="govuk-body">
          This signs you out of LGX on every device and browser, this one included. Do it if you
          used a shared computer, lost a device, or think someone else has signed in as you.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <div className="govuk-button-group">
            <Button busy={signOut.isPending}>Sign out of all devices</Button>
            <Link className="govuk-link" to="/account">
              Cancel
            </Link>
          </div>
          <FormStatus busy={signOut.isPending} label="Signing you out everywhere" />
        </form>
      </div>
    </div>
  );
}
