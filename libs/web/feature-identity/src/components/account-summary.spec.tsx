import type { ViewerQuery } from '@lgx/web/data-access';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { AccountSummary } from './account-summary';

type Viewer = ViewerQuery['viewer'];
type Account = NonNullable<Viewer['account']>;

const account: Account = {
  id: 'a1',
  name: 'Sam Patel',
  email: 'sam@derby.gov.uk',
  jobTitle: 'Digital lead',
  emailVerified: true,
  mfaEnabled: false,
  recoveryCodesLeft: 0,
  platformRole: null,
};
const officer: Viewer = {
  account,
  council: { code: 'DER', name: 'Derby' },
  councilRole: 'OFFICER',
  platformRoles: [],
  mfaChallengePending: false,
  mfaEnrolmentRequired: false,
};

function row(key: string) {
  const term = screen.getByText(key, { selector: 'dt' });
  return within(term.closest('.govuk-summary-list__row') as HTMLElement);
}

function renderSummary(viewer: Viewer) {
  render(
    <MemoryRouter>
      <AccountSummary viewer={viewer} />
    </MemoryRouter>,
  );
}

describe('AccountSummary', () => {
  it('shows the details, council and role, and where to change them', () => {
    renderSummary(officer);
    expect(row('Name').getByText('Sam Patel')).toBeInTheDocument();
    expect(row('Name').getByRole('link', { name: 'Change name' })).toHaveAttribute(
      'href',
      '/account/details',
    );
    expect(row('Council').getByText('Derby')).toBeInTheDocument();
    expect(row('Role').getByText('Officer')).toBeInTheDocument();
    expect(row('Two-factor authentication').getByText('Off')).toBeInTheDocument();
    expect(
      row('Two-factor authentication').getByRole('link', {
        name: 'Set up two-factor authentication',
      }),
    ).toHaveAttribute('href', '/account/two-factor');
  });

  it('lets an officer turn two-factor off, but not a council or platform admin', () => {
    const on = { ...account, mfaEnabled: true, recoveryCodesLeft: 1 };
    renderSummary({ ...officer, account: on });
    expect(row('Two-factor authentication').getByText('On (1 recovery code left)')).toBeVisible();
    expect(
      row('Two-factor authentication').getByRole('link', {
        name: 'Turn off two-factor authentication',
      }),
    ).toHaveAttribute('href', '/account/two-factor/turn-off');
  });

  it('names every role, and keeps two-factor on for roles that need it', () => {
    renderSummary({
      ...officer,
      councilRole: 'ADMIN',
      account: { ...account, mfaEnabled: true, recoveryCodesLeft: 3, platformRole: 'MODERATOR' },
    });
    expect(row('Role').getByText('Admin, Platform moderator')).toBeInTheDocument();
    expect(row('Two-factor authentication').queryByRole('link')).not.toBeInTheDocument();
  });

  it('says when the account has no council and no role', () => {
    renderSummary({ ...officer, council: null, councilRole: null });
    expect(row('Council').getByText('Not linked to a council')).toBeInTheDocument();
    expect(row('Role').getByText('None')).toBeInTheDocument();
  });
});
