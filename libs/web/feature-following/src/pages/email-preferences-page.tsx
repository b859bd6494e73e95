import { useViewer } from '@lgx/web/data-access';
import { Loading, ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

import { EmailPreferencesForm } from '../components/email-preferences-form';
import { SignInFirst } from '../components/sign-in-first';
import { useEmailPreferences } from '../hooks/use-email-preferences';

const TITLE = 'Email preferences';

/** Which emails the viewer receives; each follow's digest frequency is on the Following page. */
export function EmailPreferencesPage() {
  const viewer = useViewer();
  const signedIn = Boolean(viewer.data?.viewer.account);
  const preferences = useEmailPreferences(signedIn);
  usePageTitle(TITLE, Boolean(preferences.saveError));
  if (viewer.data && !signedIn)
    return <SignInFirst title={TITLE} why="to choose which emails you receive." />;
  if (preferences.error) return <ServiceProblem message={preferences.error.message} />;
  const current = preferences.data?.emailPreferences;
  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        Choose how often each digest comes on the{' '}
        <Link className="govuk-link" to="/following">
          page of what you follow
        </Link>
        . Every email also has a link to unsubscribe at once.
      </p>
      <p className="govuk-body" role="status">
        {preferences.saved ? 'Your email preferences are saved.' : ''}
      </p>
      {preferences.saveError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {preferences.saveError}
        </p>
      )}
      {!current ? (
        <Loading label="Loading your email preferences" />
      ) : (
        <EmailPreferencesForm
          initial={{ addressed: current.addressed, digests: current.digests }}
          saving={preferences.saving}
          onSave={preferences.save}
        />
      )}
    </>
  );
}
