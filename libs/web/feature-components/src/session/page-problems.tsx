import type { GraphQLRequestError } from '@lgx/web/data-access';
import { signInPath, twoFactorPath } from '@lgx/web/data-access';
import { ErrorSummary, usePageTitle } from '@lgx/web/ui';
import { Link, Navigate } from 'react-router';

import { useHere } from './use-here';

export function ComponentNotFound() {
  usePageTitle('Component not found');
  return (
    <>
      <h1 className="govuk-heading-l">Component not found</h1>
      <p className="govuk-body">
        It may have been taken back to draft, or the web address may be wrong.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/components">
          Browse the component catalogue
        </Link>
      </p>
    </>
  );
}

/** The page for officers who open a page for council editors. */
export function NotAnEditor({ councilName, reason }: { councilName?: string; reason?: string }) {
  usePageTitle('You need to be an editor of your council');
  return (
    <>
      <h1 className="govuk-heading-l">You need to be an editor of your council</h1>
      {reason && <p className="govuk-body">{reason}</p>}
      <p className="govuk-body">
        Only editors of a council can add and change its components.{' '}
        {councilName
          ? `Ask an admin of ${councilName} to make you an editor.`
          : 'If you work for a council, ask one of its admins to make you an editor.'}
      </p>
      <p className="govuk-body">
        You can still{' '}
        <Link className="govuk-link" to="/components">
          browse the catalogue
        </Link>{' '}
        and record which components your council uses.
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

/** What a component page shows when its data could not be loaded. */
export function QueryFailure({ error }: { error: GraphQLRequestError }) {
  const here = useHere();
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return <Navigate to={signInPath(here)} replace />;
    case 'MFA_REQUIRED':
      return <Navigate to={twoFactorPath(here)} replace />;
    case 'NOT_FOUND':
      return <ComponentNotFound />;
    case 'FORBIDDEN':
      return <NotAnEditor reason={error.message} />;
    default:
      return <ServiceProblem message={error.message} />;
  }
}
