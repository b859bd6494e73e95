import { SignInDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { twoFactorPath } from '@lgx/web/util';
import { useNavigate } from 'react-router';

import { useSessionChanged } from './use-session-changed';

/** Signing in, then on to the two-factor step, its set-up, or where the person was going. */
export function useSignIn(returnTo: string) {
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  return useGraphQLMutation(SignInDocument, {
    onSuccess: async ({ signIn: { status } }) => {
      await sessionChanged();
      if (status === 'MFA_REQUIRED') navigate(twoFactorPath(returnTo));
      else if (status === 'MFA_ENROLMENT_REQUIRED')
        navigate('/account/two-factor', { state: { required: true, returnTo } });
      else navigate(returnTo);
    },
  });
}
