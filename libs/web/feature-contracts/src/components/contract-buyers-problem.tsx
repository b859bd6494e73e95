import type { GraphQLRequestError } from '@lgx/web/data-access';
import { ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { QueryFailure } from '@lgx/web/util';
import { Link } from 'react-router';

/** What anyone but a platform admin sees: what the page is for, and who can use it. */
export function ForPlatformAdminsOnly() {
  usePageTitle('You need to be a platform admin');
  return (
    <>
      <h1 className="govuk-heading-l">You need to be a platform admin to match contract buyers</h1>
      <p className="govuk-body">
        Matching the buyers of public contracts to councils by hand is for LGX platform admins.
        Contracts whose buyer is matched show on their council’s page for everyone.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/account">
          Go to your account
        </Link>
      </p>
    </>
  );
}

/** What the page shows when its data could not be loaded (the API's message says what to do). */
export function ContractBuyersProblem({ error }: { error: GraphQLRequestError }) {
  return (
    <QueryFailure
      error={error}
      pages={{ FORBIDDEN: <ForPlatformAdminsOnly /> }}
      otherwise={<ServiceProblem message={error.message} />}
    />
  );
}
