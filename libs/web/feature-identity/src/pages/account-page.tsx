import { useViewer } from '@lgx/web/data-access';
import { Loading, NotificationBanner, usePageTitle } from '@lgx/web/ui';
import { useFlash } from '@lgx/web/util';
import { Link } from 'react-router';

import { AccountSummary } from '../components/account-summary';
import { YourCouncil } from '../components/your-council';

/** The signed-in person's account: details, role, two-factor and what they can do with it. */
export function AccountPage() {
  const { data } = useViewer();
  const flash = useFlash();
  usePageTitle('Your account');
  const viewer = data?.viewer;
  if (!viewer?.account) return <Loading label="Loading your account" />;

  return (
    <>
      {flash && <NotificationBanner success heading={flash} />}
      {viewer.mfaEnrolmentRequired && (
        <NotificationBanner heading="Your role needs two-factor authentication">
          <p className="govuk-body">
            Until you{' '}
            <Link className="govuk-link govuk-notification-banner__link" to="/account/two-factor">
              set up two-factor authentication
            </Link>
            , you cannot use what your role allows.
          </p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">Your account</h1>
      <AccountSummary viewer={viewer} />
      <YourCouncil viewer={viewer} />
      <h2 className="govuk-heading-m">Security</h2>
      <p className="govuk-body">
        <Link className="govuk-link" to="/account/sign-out-everywhere">
          Sign out of all devices
        </Link>
      </p>
      <h2 className="govuk-heading-m">Your data</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/account/your-data">
            Download your data
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/account/delete">
            Delete your account
          </Link>
        </li>
      </ul>
    </>
  );
}
