import { isGroupOpenToJoin } from '@lgx/shared/domain';
import { ProcurementGroupDocument, useGraphQLQuery, useViewer } from '@lgx/web/data-access';
import { Loading, NotificationBanner, SummaryList, Tag, usePageTitle } from '@lgx/web/ui';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';

import { QueryFailure } from '../query-failure';
import { CouncilsToInvite } from './councils-to-invite';
import { DemandSummary } from './demand-summary';
import { LeadActions } from './lead-actions';
import { MembersTable } from './members-table';
import { MembershipActions } from './membership-actions';
import { StageTracker } from './stage-tracker';
import { Workspace } from './workspace';

const day = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

/** Only sample content leaves a detail out: its public source does not state it. */
const NOT_STATED = 'Not stated in the source';

/** A procurement group: its need, stage, demand and members; the workspace for members. */
export function GroupPage() {
  const { id = '' } = useParams();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const [message, setMessage] = useState<string | undefined>(flash);
  const viewer = useViewer().data?.viewer;
  const { data, error } = useGraphQLQuery(ProcurementGroupDocument, { id });
  const group = data?.procurementGroup;
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
          <SummaryList
            rows={[
              { key: 'Category', value: `${group.category.code} ${group.category.label}` },
              {
                key: 'Lead council',
                value: (
                  <Link className="govuk-link" to={`/councils/${group.leadCouncil.code}`}>
                    {group.leadCouncil.name}
                  </Link>
                ),
              },
              {
                key: 'Route',
                value: group.routeLabel
                  ? [group.routeLabel, group.frameworkName, group.frameworkLot]
                      .filter(Boolean)
                      .join(', ')
                  : NOT_STATED,
              },
              {
                key: 'Desired contract start',
                value: group.desiredStart ? day(group.desiredStart) : NOT_STATED,
              },
              {
                key: 'Estimated value per council',
                value: group.estimatedValuePerCouncil?.formatted ?? 'Not given',
              },
              {
                key: 'Estimated total value',
                value: group.estimatedTotalValue?.formatted ?? 'Not given',
              },
              {
                key: 'Minimum councils',
                value: group.minimumCouncils === null ? NOT_STATED : String(group.minimumCouncils),
              },
              {
                key: 'Who can join',
                value: group.visibility === 'OPEN' ? 'Any council' : 'Invited councils only',
              },
              {
                key: 'Expressions of interest close',
                value: group.interestClosesOn ? day(group.interestClosesOn) : NOT_STATED,
              },
              ...(group.sourceUrl
                ? [
                    {
                      key: 'Source',
                      value: (
                        <a
                          className="govuk-link lgx-break-words"
                          href={group.sourceUrl}
                          rel="noopener noreferrer nofollow"
                        >
                          {group.sourceUrl}
                        </a>
                      ),
                    },
                  ]
                : []),
            ]}
          />
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
          {group.isSample ? (
            <section aria-labelledby="discussion-heading">
              <h2 className="govuk-heading-m" id="discussion-heading">
                Discussion, documents and export
              </h2>
              <p className="govuk-body">
                This group is sample content, written for LGX from its public source. The councils
                did not run it on LGX, so it has no discussion, documents or OCDS export here.
              </p>
            </section>
          ) : group.viewer.isMember ? (
            <>
              <Workspace groupId={group.id} />
              <section aria-labelledby="export-heading">
                <h2 className="govuk-heading-m" id="export-heading">
                  Export
                </h2>
                <p className="govuk-body">
                  The group’s planning information as an Open Contracting Data Standard 1.1 release
                  package, for procurement systems and notices.
                </p>
                <a
                  className="govuk-button govuk-button--secondary"
                  href={`/procurement-exports/${group.id}/ocds.json`}
                  download
                >
                  Download as OCDS (JSON)
                </a>
              </section>
            </>
          ) : (
            <section aria-labelledby="discussion-heading">
              <h2 className="govuk-heading-m" id="discussion-heading">
                Discussion and documents
              </h2>
              <p className="govuk-body">
                The discussion and documents are for member councils only. Join the group to take
                part.
              </p>
            </section>
          )}
          {group.stageHistory.length > 0 && (
            <section aria-labelledby="history-heading">
              <h2 className="govuk-heading-m" id="history-heading">
                History
              </h2>
              <ul className="govuk-list">
                {group.stageHistory.map((change) => (
                  <li key={String(change.changedAt)}>
                    {day(String(change.changedAt))}: {change.changedByName}
                    {change.changedByCouncil ? ` (${change.changedByCouncil.name})` : ''} moved it
                    to {change.toStage.toLowerCase().replace('_', ' ')}
                    {change.note ? `: ${change.note}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </>
  );
}
