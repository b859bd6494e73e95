import type { GraphQLRequestError } from '@lgx/web/data-access';
import { ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { QueryFailure as FailurePage } from '@lgx/web/util';
import { Link } from 'react-router';

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

/** What a component page shows when its data could not be loaded. */
export function QueryFailure({ error }: { error: GraphQLRequestError }) {
  return (
    <FailurePage
      error={error}
      pages={{
        NOT_FOUND: <ComponentNotFound />,
        FORBIDDEN: <NotAnEditor reason={error.message} />,
      }}
      otherwise={<ServiceProblem message={error.message} />}
    />
  );
}
