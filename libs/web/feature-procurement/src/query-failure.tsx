import { type GraphQLRequestError, signInPath, twoFactorPath } from '@lgx/web/data-access';
import { ErrorSummary, usePageTitle } from '@lgx/web/ui';
import { Link, Navigate, useLocation } from 'react-router';

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
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return <Navigate to={signInPath(here)} replace />;
    case 'MFA_REQUIRED':
      return <Navigate to={twoFactorPath(here)} replace />;
    case 'NOT_FOUND':
      return <Problem title="Procurement group not found" message={error.message} />;
    case 'FORBIDDEN':
      return <Problem title="You cannot see this page" message={error.message} />;
    default:
      return <Problem title="Sorry, there is a problem" message={error.message} />;
  }
}
