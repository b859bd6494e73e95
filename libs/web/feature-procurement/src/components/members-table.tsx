import type { ProcurementGroupQuery } from '@lgx/web/data-access';
import { Table } from '@lgx/web/ui';
import { Link } from 'react-router';

type Member = ProcurementGroupQuery['procurementGroup']['members'][number];

export const MEMBER_STATUS_LABELS: Record<Member['status'], string> = {
  INVITED: 'Invited',
  REQUESTED: 'Asked to join',
  INTERESTED: 'Interested',
  COMMITTED: 'Committed',
  WITHDRAWN: 'Withdrawn',
  DECLINED: 'Declined',
  // Interested or committed: which one is shown to member councils only.
  MEMBER: 'Member',
};

/** Who is in the group; commitments are shown to member councils only. */
export function MembersTable({
  members,
  showDetails,
}: {
  members: Member[];
  showDetails: boolean;
}) {
  return (
    <Table
      caption="Councils in this group"
      columns={[
        { label: 'Council' },
        { label: 'Status' },
        ...(showDetails
          ? [
              { label: 'Volume' },
              { label: 'Estimated value', numeric: true },
              { label: 'Could start' },
            ]
          : []),
      ]}
      rows={members.map((member) => ({
        key: member.council.code,
        cells: [
          <>
            <Link className="govuk-link" to={`/councils/${member.council.code}`}>
              {member.council.name}
            </Link>
            {member.isLead && ' (lead)'}
          </>,
          MEMBER_STATUS_LABELS[member.status],
          ...(showDetails
            ? [
                member.volume !== null ? `${member.volume} ${member.volumeUnit ?? ''}` : '',
                member.estimatedValue?.formatted ?? '',
                member.earliestStart ? `${member.earliestStart} to ${member.latestStart}` : '',
              ]
            : []),
        ],
      }))}
    />
  );
}
