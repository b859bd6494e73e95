import { useViewer } from '@lgx/web/data-access';
import { Loading } from '@lgx/web/ui';
import { signInPath, twoFactorPath, useHere } from '@lgx/web/util';
import { Navigate, Outlet } from 'react-router';

import { QueryFailure } from './query-failure';

/** A layout route for pages for signed-in people: visitors go to sign in, and come back after. */
export function RequireSignedIn() {
  const { data, error } = useViewer();
  const here = useHere();
  if (error) return <QueryFailure error={error} />;
  if (!data) return <Loading label="Checking you are signed in" />;
  if (!data.viewer.account) return <Navigate to={signInPath(here)} replace />;
  if (data.viewer.mfaChallengePending) return <Navigate to={twoFactorPath(here)} replace />;
  return <Outlet />;
}
