import {
  type GraphQLRequestError,
  isOfficer,
  signInPath,
  twoFactorPath,
  useViewer,
  type Viewer,
} from '@lgx/web/data-access';
import { ErrorSummary, Loading, usePageTitle } from '@lgx/web/ui';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';

/** The path and query of the page, to come back to after signing in. */
export function useHere(): string {
  const { pathname, search } = useLocation();
  return `${pathname}${search}`;
}

export function ForOfficersOnly() {
  usePageTitle('Supplier experiences are for verified council officers');
  return (
    <>
      <h1 className="govuk-heading-l">Supplier experiences are for verified council officers</h1>
      <p className="govuk-body">
        Councils share what they bought and how it went with other councils only. Sign in with your
        council email address, and confirm it, to read and write them.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/account">
          Go to your account
        </Link>
      </p>
    </>
  );
}

/**
 * Renders the page for a verified officer (or LGX staff); otherwise sends a
 * visitor to sign in (and back), a pending session to its second step, and
 * explains to anyone else that this is for officers.
 */
export function OfficerGate({
  children,
  moderatorsOnly = false,
}: {
  children: (viewer: Viewer) => ReactNode;
  moderatorsOnly?: boolean;
}) {
  const { data, error } = useViewer();
  const here = useHere();
  if (error) return <QueryProblem error={error} />;
  if (!data) return <Loading label="Checking you are signed in" />;
  const viewer = data.viewer;
  if (!viewer.account) return <Navigate to={signInPath(here)} replace />;
  if (viewer.mfaChallengePending) return <Navigate to={twoFactorPath(here)} replace />;
  if (moderatorsOnly && !isModerator(viewer)) return <ForModeratorsOnly />;
  if (!isOfficer(viewer)) return <ForOfficersOnly />;
  return <>{children(viewer)}</>;
}

export const isModerator = (viewer: Viewer | undefined) =>
  Boolean(viewer?.platformRoles.some((role: string) => role === 'MODERATOR' || role === 'ADMIN'));

function ForModeratorsOnly() {
  usePageTitle('This page is for moderators');
  return (
    <>
      <h1 className="govuk-heading-l">This page is for moderators</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to="/suppliers">
          Go to the supplier directory
        </Link>
      </p>
    </>
  );
}

export function NotFound({ what }: { what: string }) {
  usePageTitle(`${what} not found`);
  return (
    <>
      <h1 className="govuk-heading-l">{what} not found</h1>
      <p className="govuk-body">
        It may have been removed, or not be published yet. If you typed the web address, check it is
        correct.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/suppliers">
          Go to the supplier directory
        </Link>
      </p>
    </>
  );
}

/** What a page shows when its data could not be loaded. */
export function QueryProblem({
  error,
  what = 'Page',
}: {
  error: GraphQLRequestError;
  what?: string;
}) {
  const here = useHere();
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return <Navigate to={signInPath(here)} replace />;
    case 'MFA_REQUIRED':
      return <Navigate to={twoFactorPath(here)} replace />;
    case 'NOT_FOUND':
      return <NotFound what={what} />;
    case 'FORBIDDEN':
      return <ForOfficersOnly />;
    default:
      return <ServiceProblem message={error.message} />;
  }
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
