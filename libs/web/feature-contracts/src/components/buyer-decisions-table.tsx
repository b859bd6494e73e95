import type { ContractBuyerDecisionsQuery } from '@lgx/web/data-access';
import { Button, Table } from '@lgx/web/ui';

import type { BuyerDecisionRequest } from '../hooks/use-buyer-decision';
import { decisionText } from '../model/buyer-decision-text';

type Decision = ContractBuyerDecisionsQuery['contractBuyerDecisions']['edges'][number]['node'];

const decidedOn = (at: unknown) =>
  new Date(String(at)).toLocaleString('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/London',
  });

/** The decisions taken, newest first, each with a button to undo it. */
export function BuyerDecisionsTable({
  caption,
  decisions,
  pendingKey,
  onDecide,
}: {
  caption: string;
  decisions: Decision[];
  pendingKey?: string;
  onDecide: (request: BuyerDecisionRequest) => void;
}) {
  return (
    <Table
      caption={caption}
      columns={[
        { label: 'Buyer name' },
        { label: 'Decision' },
        { label: 'Contracts', numeric: true },
        { label: 'Decided by' },
        { label: 'Decided on' },
        { label: 'Action' },
      ]}
      rows={decisions.map((decision) => ({
        key: decision.nameKey,
        cells: [
          decision.buyerName,
          decisionText(decision),
          decision.processCount.toLocaleString('en-GB'),
          decision.decidedBy ?? 'An account since deleted',
          decidedOn(decision.decidedAt),
          <Button
            key="undo"
            type="button"
            variant="secondary"
            className="govuk-!-margin-bottom-0"
            busy={pendingKey !== undefined}
            onClick={() => onDecide({ kind: 'undo', nameKey: decision.nameKey })}
          >
            Undo
            <span className="govuk-visually-hidden"> the decision for {decision.buyerName}</span>
          </Button>,
        ],
      }))}
    />
  );
}
