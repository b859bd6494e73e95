import { isGroupOpenToJoin } from '@lgx/shared/domain';
import {
  ProcurementGroupDocument,
  useFollow,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import { FollowButton, Loading, NotificationBanner, Tag, usePageTitle } from '@lgx/web/ui';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';

import { CouncilsToInvite } from '../components/councils-to-invite';
import { DemandSummary } from '../components/demand-summary';
import { GroupCollaboration } from '../components/group-collaboration';
import { GroupDetails } from '../components/group-details';
import { GroupHistory } from '../components/group-history';
import { LeadActions } from '../components/lead-actions';
import { MembersTable } from '../components/members-table';
import { MembershipActions } from '../components/membership-actions';
import { QueryFailure } from '../components/query-failure';
import { StageTracker } from '../components/stage-tracker';

/** A procurement group: its need, stage, demand and members; the workspace for members. */
export function GroupPage() {
  const { id = '' } = useParams();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const [message, setMessage] = useState<string | undefined>(flash);
  const viewer = useViewer().data?.viewer;
  const { data, error } = useGraphQLQuery(ProcurementGroupDocument, { id });
  const group = data?.procurementGroup;
  const follow = useFollow({ kind: 'PROCUREMENT_GROUP', targetId: id });
  usePageTitle(group?.title ?? 'Procurement group');

  if (error) return <QueryFailure error={error} />;
  if (!group) return <Loading label="Loading the group" />;
  return (
    <>
      <Link className="govuk-back-link" to="/procurement-groups">
        All procurement groups
      </Link>
      {message && <NotificationBanner success heading={message} />}
      <span className="govuk-caption-l">Procurement group led by {group.leadCouncil.name}</span>
      <h1 className="govuk-heading-xl">{group.title}</h1>
      <FollowButton name={group.title} {...follow} />
      <p className="govuk-body">
        <Tag colour={group.stage === 'ABANDONED' ? 'grey' : 'blue'}>{group.stageLabel}</Tag>{' '}
        {group.visibility === 'INVITE_ONLY' && <Tag colour="purple">Invite only</Tag>}
        {group.isSample && <Tag colour="purple">Sample content</Tag>}
      </p>
      <p className="govuk-body-l" style={{ whiteSpace: 'pre-wrap' }}>
        {group.need}
      </p>
      {group.endReason && (
        <p className="govuk-body">
          <strong>Why it ended:</strong> {group.endReason}
        </p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <StageTracker stage={group.stage} />
          <GroupDetails group={group} />
          <DemandSummary demand={group.demand} />
          <MembersTable members={group.members} showDetails={group.viewer.isMember} />
          {viewer?.council && (
            <MembershipActions
              group={group}
              councilCode={viewer.council.code}
              onDone={setMessage}
            />
          )}
          {group.viewer.canManage && <LeadActions group={group} onDone={setMessage} />}
          {group.viewer.canManage && isGroupOpenToJoin(group.stage) && (
            <CouncilsToInvite groupId={group.id} onDone={setMessage} />
          )}
          <GroupCollaboration group={group} />
          <GroupHistory history={group.stageHistory} />
        </div>
      </div>
    </>
  );
}
