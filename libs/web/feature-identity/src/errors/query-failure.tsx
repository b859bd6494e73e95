import type { GraphQLRequestError } from '@lgx/web/data-access';
import { signInPath, twoFactorPath } from '@lgx/web/data-access';
import { ErrorSummary, usePageTitle } from '@lgx/web/ui';
import { Link, Navigate, useLocation } from 'react-router';

import { PermissionDenied } from './permission-denied';

function TwoFactorNeeded({ message }: { message: string }) {
  usePageTitle('Set up two-factor authentication');
  return (
    <>
      <h1 className="govuk-heading-l">Set up two-factor authentication to continue</h1>
      <p className="govuk-body">{message}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/account/two-factor">
          Set up two-factor authentication
        </Link>
      </p>
    </>
  );
}

function ServiceProblem({ message }: { message: string }) {
  usePageTitle('Sorry, there is a problem', true);
  return (
    <>
      <ErrorSummary errors={[{ message }]} />
      <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
      <p className="govuk-body">Try again in a moment.</p>
    </>
  );
}

/**
 * What a page shows when its data could not be loaded: sign-in (and back)
 * when the session has ended, the two-factor step when it is pending, a
 * permission page, or the problem.
 */
export function QueryFailure({ error }: { error: GraphQLRequestError }) {
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return <Navigate to={signInPath(here)} replace />;
    case 'MFA_REQUIRED':
      return <Navigate to={twoFactorPath(here)} replace />;
    case 'FORBIDDEN':
      return <PermissionDenied reason={error.message} />;
    case 'MFA_ENROLMENT_REQUIRED':
      return <TwoFactorNeeded message={error.message} />;
    default:
      return <ServiceProblem message={error.message} />;
  }
}
