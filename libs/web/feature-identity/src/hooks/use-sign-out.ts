import { SignOutDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { useNavigate } from 'react-router';

import { useSessionChanged } from './use-session-changed';

/** Signs out (POSTs the signOut mutation), then shows the signed-out page. */
export function useSignOut() {
  const mutation = useGraphQLMutation(SignOutDocument);
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const signOut = () =>
    mutation.mutate(
      {},
      {
        onSettled: async (_data, error) => {
          // An expired session is as good as signed out.
          const failed = error && error.code !== 'UNAUTHENTICATED' ? error.message : undefined;
          // Leave the page first, so a page for signed-in people does not send them to sign in:
          // wait for the navigation to finish (the signed-out page may still be loading) before
          // the viewer is fetched again as nobody.
          await navigate('/signed-out', { state: { failed } });
          await sessionChanged();
        },
      },
    );
  return { signOut, signingOut: mutation.isPending };
}
