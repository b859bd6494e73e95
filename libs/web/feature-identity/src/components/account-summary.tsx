import type { ViewerQuery } from '@lgx/web/data-access';
import { SummaryList, type SummaryRow } from '@lgx/web/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { councilRoleLabel } from '../model/role-labels';

const change = (to: string, text: string, what: string): ReactNode => (
  <Link className="govuk-link" to={to}>
    {text}
    <span className="govuk-visually-hidden"> {what}</span>
  </Link>
);

/** The account's details, roles, two-factor and password, each with what can be changed. */
export function AccountSummary({ viewer }: { viewer: ViewerQuery['viewer'] }) {
  const account = viewer.account;
  if (!account) return null;
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

  return <SummaryList rows={rows} />;
}
