import type { UnmatchedContractBuyersQuery } from '@lgx/web/data-access';
import { SummaryCard } from '@lgx/web/ui';

import type { BuyerDecisionRequest } from '../hooks/use-buyer-decision';
import { contractsText } from '../model/buyer-decision-text';
import { BuyerCouncilChoice } from './buyer-council-choice';

export type UnmatchedBuyer =
  UnmatchedContractBuyersQuery['unmatchedContractBuyers']['edges'][number]['node'];

/** One buyer name waiting for a decision: what the notices say, why it is unsure, the choices. */
export function UnmatchedBuyerCard({
  buyer,
  busy,
  councilError,
  onDecide,
}: {
  buyer: UnmatchedBuyer;
  busy: boolean;
  councilError?: string;
  onDecide: (request: BuyerDecisionRequest) => void;
}) {
  return (
    <SummaryCard title={buyer.buyerName} headingLevel={3}>
      <p className="govuk-body">{contractsText(buyer.processCount)} published under this name.</p>
      {buyer.note && (
        <p className="govuk-body">
          <strong>Why it was not matched:</strong> {buyer.note}
        </p>
      )}
      {buyer.exampleTitles.length > 0 && (
        <>
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>For example:</strong>
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {buyer.exampleTitles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      )}
      <BuyerCouncilChoice
        nameKey={buyer.nameKey}
        buyerName={buyer.buyerName}
        candidates={buyer.candidates}
        busy={busy}
        error={councilError}
        onDecide={onDecide}
      />
    </SummaryCard>
  );
}
