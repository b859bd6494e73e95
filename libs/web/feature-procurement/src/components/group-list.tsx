import type { ProcurementGroupsQuery } from '@lgx/web/data-access';
import { Tag } from '@lgx/web/ui';
import { Link } from 'react-router';

type Groups = ProcurementGroupsQuery['procurementGroups'];

/**
 * "4 councils, 3 committed". Outside the group a figure resting on fewer than
 * 3 councils is not given (null), so the line says only what is known.
 */
export function membersLine(demand: { memberCount: number | null; committedCount: number | null }) {
  return [
    demand.memberCount === null
      ? null
      : `${demand.memberCount} ${demand.memberCount === 1 ? 'council' : 'councils'}`,
    demand.committedCount === null
      ? 'fewer than 3 councils committed'
      : `${demand.committedCount} committed`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** How many groups match (or that they are updating), then the groups, or a word that none do. */
export function GroupList({ groups, updating }: { groups: Groups; updating: boolean }) {
  return (
    <>
      <p className="govuk-body" role="status" aria-live="polite">
        {updating
          ? 'Updating…'
          : `${groups.totalCount} ${groups.totalCount === 1 ? 'group' : 'groups'}`}
      </p>
      {groups.edges.length === 0 ? (
        <p className="govuk-body">
          No groups match. Try other words, or start one for your council’s need.
        </p>
      ) : (
        <ul className="govuk-list" aria-label="Groups">
          {groups.edges.map(({ node: group }) => (
            <li key={group.id} className="govuk-!-margin-bottom-6">
              <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={`/procurement-groups/${group.id}`}>
                  {group.title}
                </Link>
              </h2>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <Tag colour={group.stage === 'ABANDONED' ? 'grey' : 'blue'}>{group.stageLabel}</Tag>{' '}
                {group.visibility === 'INVITE_ONLY' && <Tag colour="purple">Invite only</Tag>}
                {group.isSample && <Tag colour="purple">Sample content</Tag>}
              </p>
              <p className="govuk-body govuk-!-margin-bottom-1">{group.need}</p>
              <p className="govuk-body-s govuk-hint">
                Led by {group.leadCouncil.name} · {group.category.label} ·{' '}
                {membersLine(group.demand)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
