import { useViewer } from '@lgx/web/data-access';
import { Loading } from '@lgx/web/ui';
import { signInPath, twoFactorPath, useHere } from '@lgx/web/util';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';

import { ContractBuyersProblem, ForPlatformAdminsOnly } from './contract-buyers-problem';

/**
 * Renders the page for a platform admin; sends a visitor to sign in (and
 * back), a pending session to its second step, and tells anyone else plainly
 * that the page is for platform admins.
 */
export function PlatformAdminGate({ children }: { children: ReactNode }) {
  const { data, error } = useViewer();
  const here = useHere();
  if (error) return <ContractBuyersProblem error={error} />;
  if (!data) return <Loading label="Checking you are signed in" />;
  const viewer = data.viewer;
  if (!viewer.account) return <Navigate to={signInPath(here)} replace />;
  if (viewer.mfaChallengePending) return <Navigate to={twoFactorPath(here)} replace />;
  if (!viewer.platformRoles.includes('ADMIN')) return <ForPlatformAdminsOnly />;
  return <>{children}</>;
}
