import { SignOutEverywhereDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { usePageTitle } from '@lgx/web/ui';
import { useNavigate } from 'react-router';

import { ACCOUNT_FORM, FormPage } from '../components/form-page';
import { useFormErrors } from '../hooks/use-form-errors';

const FIELDS = {};

/** Ends every session of the account, this one included. */
export function SignOutEverywherePage() {
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const signOut = useGraphQLMutation(SignOutEverywhereDocument, {
    // The signed-out page, once shown, fetches the viewer again as nobody.
    onSuccess: () => void navigate('/signed-out', { state: { everywhere: true } }),
  });
  usePageTitle('Sign out of all devices', form.errors.hasErrors);

  const onSubmit = () => {
    form.validate([]);
    signOut.mutate({}, { onError: form.fail });
  };

  return (
    <FormPage
      {...ACCOUNT_FORM}
      title="Sign out of all devices"
      errors={form.errors.summary}
      intro={
        <p className="govuk-body">
          This signs you out of LGX on every device and browser, this one included. Do it if you
          used a shared computer, lost a device, or think someone else has signed in as you.
        </p>
      }
      onSubmit={onSubmit}
      busy={signOut.isPending}
      submitLabel="Sign out of all devices"
      busyLabel="Signing you out everywhere"
    />
  );
}
