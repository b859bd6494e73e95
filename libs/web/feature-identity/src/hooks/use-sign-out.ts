import { SignOutDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { useNavigate } from 'react-router';

/** Signs out (POSTs the signOut mutation), then shows the signed-out page, which refreshes the viewer. */
export function useSignOut() {
  const mutation = useGraphQLMutation(SignOutDocument);
  const navigate = useNavigate();
  const signOut = () =>
    mutation.mutate(
      {},
      {
        onSettled: (_data, error) => {
          // An expired session is as good as signed out.
          const failed = error && error.code !== 'UNAUTHENTICATED' ? error.message : undefined;
          void navigate('/signed-out', { state: { failed } });
        },
      },
    );
  return { signOut, signingOut: mutation.isPending };
}
