import { ErrorSummary, usePageTitle } from '@lgx/web/ui';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';

import { useSessionChanged } from '../hooks/use-session-changed';

/**
 * After signing out (here or everywhere). It is this page, once shown, that
 * fetches the viewer again as nobody: navigating does not wait for the next
 * page, and a page for signed-in people still on screen would send the person
 * to sign in instead.
 */
export function SignedOutPage() {
  const state = useLocation().state as { failed?: string; everywhere?: boolean } | null;
  const failed = state?.failed;
  const sessionChanged = useSessionChanged();
  useEffect(() => {
    void sessionChanged();
  }, [sessionChanged]);
  usePageTitle(failed ? 'You have not been signed out' : 'You have signed out', Boolean(failed));
  if (failed) {
    return (
      <>
        <ErrorSummary errors={[{ message: failed }]} />
        <h1 className="govuk-heading-l">You have not been signed out</h1>
        <p className="govuk-body">Try signing out again in a moment.</p>
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-l">You have signed out</h1>
      <p className="govuk-body">
        {state?.everywhere
          ? 'You have been signed out of LGX on every device and browser.'
          : 'You have been signed out of LGX on this browser.'}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/sign-in">
          Sign in again
        </Link>
      </p>
    </>
  );
}
