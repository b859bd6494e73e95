import type { GraphQLRequestError } from '@lgx/web/data-access';
import { signInPath, twoFactorPath } from '@lgx/web/data-access';
import { ErrorSummary, usePageTitle } from '@lgx/web/ui';
import { Navigate } from 'react-router';

import { useHere } from '../session/use-here';
import { CaseStudyNotFound } from './case-study-not-found';
import { NotAnEditor } from './not-an-editor';

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
 * What a case study page shows when its data could not be loaded: sign-in
 * (and back) when the session has ended, the two-factor step when it is
 * pending, "not found", the editor page, or the problem.
 */
export function QueryFailure({ error }: { error: GraphQLRequestError }) {
  const here = useHere();
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return <Navigate to={signInPath(here)} replace />;
    case 'MFA_REQUIRED':
      return <Navigate to={twoFactorPath(here)} replace />;
    case 'NOT_FOUND':
      return <CaseStudyNotFound />;
    case 'FORBIDDEN':
      return <NotAnEditor reason={error.message} />;
    default:
      return <ServiceProblem message={error.message} />;
  }
}
