import type { AuditEventsQuery } from '@lgx/web/data-access';
import { Table } from '@lgx/web/ui';

import { formatLondonTime } from '../model/format-london-time';

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One page of audit events: when, who, which council, what, on what, and how it ended. */
export function AuditEventsTable({ edges }: { edges: AuditEventsQuery['auditEvents']['edges'] }) {
  return (
    <Table
      caption="Audit events, newest first"
      captionHidden
      columns={[
        { label: 'Time (UK)' },
        { label: 'Actor' },
        { label: 'Council' },
        { label: 'Action' },
        { label: 'Target' },
        { label: 'Outcome' },
      ]}
      rows={edges.map(({ node }) => ({
        key: node.id,
        cells: [
          <time key="time" className="lgx-nowrap" dateTime={String(node.occurredAt)}>
            {formatLondonTime(String(node.occurredAt))}
          </time>,
          node.actorRole,
          node.actorCouncilCode ?? 'None',
          <code key="action" className="lgx-code">
            {node.action}
          </code>,
          node.targetType ? `${node.targetType}: ${node.targetId ?? ''}` : 'None',
          capitalise(node.outcome),
        ],
      }))}
    />
  );
}
