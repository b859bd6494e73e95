import { useViewer } from '@lgx/web/data-access';
import {
  Loading,
  NotificationBanner,
  SummaryList,
  type SummaryRow,
  usePageTitle,
} from '@lgx/web/ui';
import { useFlash } from '@lgx/web/util';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { councilRoleLabel } from '../model/role-labels';

const change = (to: string, text: string, what: string): ReactNode => (
  <Link className="govuk-link" to={to}>
    {text}
    <span className="govuk-visually-hidden"> {what}</span>
  </Link>
);

/** The signed-in person's account: details, role, two-factor and what they can do with it. */
export function AccountPage() {
  const { data } = useViewer();
  const flash = useFlash();
  usePageTitle('Your account');
  const viewer = data?.viewer;
  const account = viewer?.account;
  if (!viewer || !account) return <Loading label="Loading your account" />;

  const roleNeedsMfa = account.platformRole !== null || viewer.councilRole === 'ADMIN';
  const roles = [
    viewer.councilRole && councilRoleLabel(viewer.councilRole),
    account.platformRole === 'ADMIN' && 'Platform admin',
    account.platformRole === 'MODERATOR' && 'Platform moderator',
  ].filter(Boolean);
  const rows: SummaryRow[] = [
    { key: 'Name', value: account.name, action: change('/account/details', 'Change', 'name') },
    {
      key: 'Job title',
      value: account.jobTitle,
      action: change('/account/details', 'Change', 'job title'),
    },
    { key: 'Email address', value: account.email },
    { key: 'Council', value: viewer.council?.name ?? 'Not linked to a council' },
    { key: 'Role', value: roles.length > 0 ? roles.join(', ') : 'None' },
    {
      key: 'Two-factor authentication',
      value: account.mfaEnabled
        ? `On (${account.recoveryCodesLeft} recovery code${account.recoveryCodesLeft === 1 ? '' : 's'} left)`
        : 'Off',
      action: !account.mfaEnabled
        ? change('/account/two-factor', 'Set up', 'two-factor authentication')
        : roleNeedsMfa
          ? undefined
          : change('/account/two-factor/turn-off', 'Turn off', 'two-factor authentication'),
    },
    {
      key: 'Password',
      value: 'Hidden',
      action: change('/account/password', 'Change', 'password'),
    },
  ];

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
      <SummaryList rows={rows} />
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
