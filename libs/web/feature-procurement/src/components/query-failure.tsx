import type { GraphQLRequestError } from '@lgx/web/data-access';
import { ErrorSummary, usePageTitle } from '@lgx/web/ui';
import { QueryFailure as FailurePage } from '@lgx/web/util';
import { Link } from 'react-router';

function Problem({ title, message }: { title: string; message: string }) {
  usePageTitle(title, true);
  return (
    <>
      <ErrorSummary errors={[{ message }]} />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to="/procurement-groups">
          See procurement groups
        </Link>
      </p>
    </>
  );
}

/** What a procurement page shows when its data could not be loaded. */
export function QueryFailure({ error }: { error: GraphQLRequestError }) {
  return (
    <FailurePage
      error={error}
      pages={{
        NOT_FOUND: <Problem title="Procurement group not found" message={error.message} />,
        FORBIDDEN: <Problem title="You cannot see this page" message={error.message} />,
      }}
      otherwise={<Problem title="Sorry, there is a problem" message={error.message} />}
    />
  );
}
