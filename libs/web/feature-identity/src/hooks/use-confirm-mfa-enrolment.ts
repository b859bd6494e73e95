import { ConfirmMfaEnrolmentDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { useState } from 'react';

import { formValues } from '../model/form-values';
import { required } from '../model/required';
import { useFormErrors } from './use-form-errors';
import { useSessionChanged } from './use-session-changed';

const FIELDS = { code: 'code' };

/**
 * Turning two-factor authentication on with a first code from the app: the
 * form's errors, its submit, and the recovery codes once it is on.
 */
export function useConfirmMfaEnrolment() {
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useFormErrors(FIELDS);
  const sessionChanged = useSessionChanged();
  const confirm = useGraphQLMutation(ConfirmMfaEnrolmentDocument, {
    onSuccess: async ({ confirmMfaEnrolment }) => {
      // The session now carries the roles that needed two-factor authentication. The codes show
      // once the viewer is fetched again, so the account page they lead to says it is on.
      await sessionChanged();
      setCodes(confirmMfaEnrolment.codes);
    },
  });

  const submit = (sent: HTMLFormElement) => {
    const code = formValues(sent)('code').trim();
    if (!form.validate(required([[code, 'code', 'Enter the code from your authenticator app']])))
      return;
    confirm.mutate({ code }, { onError: form.fail });
  };

  return { codes, form, busy: confirm.isPending, submit };
}
