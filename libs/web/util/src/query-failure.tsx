import type { ReactNode } from 'react';
import { Navigate } from 'react-router';

import { signInPath, twoFactorPath } from './return-to';
import { useHere } from './use-here';

/** What the API said went wrong: a stable code and a message a person can act on. */
export interface RequestFailure {
  code?: string;
  message: string;
}

/** The pages a feature shows for the failures it knows of. */
export interface FailurePages {
  NOT_FOUND?: ReactNode;
  FORBIDDEN?: ReactNode;
  MFA_ENROLMENT_REQUIRED?: ReactNode;
}

function pageFor(pages: FailurePages, code: string | undefined): ReactNode {
  switch (code) {
    case 'NOT_FOUND':
      return pages.NOT_FOUND;
    case 'FORBIDDEN':
      return pages.FORBIDDEN;
    case 'MFA_ENROLMENT_REQUIRED':
      return pages.MFA_ENROLMENT_REQUIRED;
    default:
      return undefined;
  }
}

/**
 * What a page shows when its data could not be loaded: sign-in (and back
 * here) when the session has ended, the two-factor step when it is pending;
 * else the feature's page for the error's code, or `otherwise`.
 */
export function QueryFailure({
  error,
  pages = {},
  otherwise,
}: {
  error: RequestFailure;
  pages?: FailurePages;
  otherwise: ReactNode;
}) {
  const here = useHere();
  if (error.code === 'UNAUTHENTICATED') return <Navigate to={signInPath(here)} replace />;
  if (error.code === 'MFA_REQUIRED') return <Navigate to={twoFactorPath(here)} replace />;
  return <>{pageFor(pages, error.code) ?? otherwise}</>;
}
