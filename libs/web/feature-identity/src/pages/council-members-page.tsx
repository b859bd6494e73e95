import {
  Loading,
  NotificationBanner,
  ScrollBox,
  Table,
  type TableRow,
  usePageTitle,
} from '@lgx/web/ui';
import { useFlash } from '@lgx/web/util';
import { Link } from 'react-router';

import { EditorRequests } from '../components/editor-requests';
import { PermissionDenied } from '../components/permission-denied';
import { QueryFailure } from '../components/query-failure';
import { useCouncilMembers } from '../hooks/use-council-members';
import { councilRoleLabel } from '../model/role-labels';

/** The members of the viewer's council, with their roles, for the council's admins. */
export function CouncilMembersPage() {
  const { viewer, council, members } = useCouncilMembers();
  const flash = useFlash();
  usePageTitle(council ? `Members of ${council.name}` : 'Council members');
  if (council === null) return <PermissionDenied reason="You are not a member of a council." />;
  if (members.error) return <QueryFailure error={members.error} />;
  if (!council || !members.data) return <Loading label="Loading the council’s members" />;

  const rows: TableRow[] = members.data.councilMembers.map(({ account, role }) => ({
    key: account.id,
    cells: [
      account.name,
      account.email,
      account.jobTitle,
      councilRoleLabel(role),
      account.mfaEnabled ? 'On' : 'Off',
      account.id === viewer?.account?.id ? (
        'You'
      ) : (
        <ul className="govuk-summary-list__actions-list lgx-table-actions">
          <li className="govuk-summary-list__actions-list-item">
            <Link className="govuk-link" to={`/council/members/${account.id}/role`}>
              Change role<span className="govuk-visually-hidden"> of {account.name}</span>
            </Link>
          </li>
          <li className="govuk-summary-list__actions-list-item">
            <Link className="govuk-link" to={`/council/members/${account.id}/remove`}>
              Remove<span className="govuk-visually-hidden"> {account.name}</span>
            </Link>
          </li>
        </ul>
      ),
    ],
  }));

  return (
    <>
      {flash && <NotificationBanner success heading={flash} />}
      <span className="govuk-caption-l">{council.name}</span>
      <h1 className="govuk-heading-l">Council members</h1>
      <p className="govuk-body">
        Everyone who confirmed an email address on {council.name}’s domains is a member. Admins need
        two-factor authentication.
      </p>
      <EditorRequests councilCode={council.code} />
      {rows.length === 0 ? (
        <p className="govuk-body">{council.name} has no members yet.</p>
      ) : (
        <ScrollBox label="Council members">
          <Table
            caption={`${rows.length} member${rows.length === 1 ? '' : 's'}`}
            columns={[
              { label: 'Name' },
              { label: 'Email address' },
              { label: 'Job title' },
              { label: 'Role' },
              { label: 'Two-factor' },
              { label: 'Actions' },
            ]}
            rows={rows}
          />
        </ScrollBox>
      )}
    </>
  );
}
