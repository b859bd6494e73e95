import { type GraphQLRequestError, isOfficer, useViewer, type Viewer } from '@lgx/web/data-access';
import { Loading, ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { QueryFailure, signInPath, twoFactorPath, useHere } from '@lgx/web/util';
import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router';

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
 * Renders the page for a verified officer (or LGX staff); otherwise shows a
 * visitor `forVisitors` or sends them to sign in (and back), a pending session to its second step, and
 * explains to anyone else that this is for officers.
 */
export function OfficerGate({
  children,
  moderatorsOnly = false,
  forVisitors,
}: {
  children: (viewer: Viewer) => ReactNode;
  moderatorsOnly?: boolean;
  /** What a visitor sees instead of the sign-in page (the directory's own page says what it is). */
  forVisitors?: ReactNode;
}) {
  const { data, error } = useViewer();
  const here = useHere();
  if (error) return <QueryProblem error={error} />;
  if (!data) return <Loading label="Checking you are signed in" />;
  const viewer = data.viewer;
  if (!viewer.account) return forVisitors ?? <Navigate to={signInPath(here)} replace />;
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
  return (
    <QueryFailure
      error={error}
      pages={{ NOT_FOUND: <NotFound what={what} />, FORBIDDEN: <ForOfficersOnly /> }}
      otherwise={<ServiceProblem message={error.message} />}
    />
  );
}
