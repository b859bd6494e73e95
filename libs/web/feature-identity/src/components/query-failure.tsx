import type { GraphQLRequestError } from '@lgx/web/data-access';
import { ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { QueryFailure as FailurePage } from '@lgx/web/util';
import { Link } from 'react-router';

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

/**
 * What a page shows when its data could not be loaded: sign-in (and back)
 * when the session has ended, the two-factor step when it is pending, a
 * permission page, or the problem.
 */
export function QueryFailure({ error }: { error: GraphQLRequestError }) {
  return (
    <FailurePage
      error={error}
      pages={{
        FORBIDDEN: <PermissionDenied reason={error.message} />,
        MFA_ENROLMENT_REQUIRED: <TwoFactorNeeded message={error.message} />,
      }}
      otherwise={<ServiceProblem message={error.message} />}
    />
  );
}
