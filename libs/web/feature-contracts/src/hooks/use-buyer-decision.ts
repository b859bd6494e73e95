import {
  type ContractBuyerDecisionOutcomeFieldsFragment,
  type GraphQLRequestError,
  MatchContractBuyerDocument,
  RejectContractBuyerDocument,
  StaleAfter,
  UndoContractBuyerDecisionDocument,
  useGraphQLMutation,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { useState } from 'react';

import { outcomeMessage } from '../model/buyer-decision-text';

/** What a platform admin decides about a buyer name. */
export type BuyerDecisionRequest =
  | { kind: 'match'; nameKey: string; councilCode: string }
  | { kind: 'reject'; nameKey: string }
  | { kind: 'undo'; nameKey: string };

/** A decision the API refused, with the name it was about. */
export interface BuyerDecisionFailure {
  nameKey: string;
  error: GraphQLRequestError;
}

/**
 * Sends a decision, then says what it did and fetches the queue and the
 * decisions again; a refusal is kept with the name it was about.
 */
export function useBuyerDecision() {
  const invalidate = useInvalidateQueries();
  const [message, setMessage] = useState<string>();
  const [failure, setFailure] = useState<BuyerDecisionFailure>();
  const [pendingKey, setPendingKey] = useState<string>();
  const done = async (outcome: ContractBuyerDecisionOutcomeFieldsFragment) => {
    setMessage(outcomeMessage(outcome));
    await invalidate(StaleAfter.contractBuyerChange);
  };
  const match = useGraphQLMutation(MatchContractBuyerDocument, {
    onSuccess: (data) => done(data.matchContractBuyer),
  });
  const reject = useGraphQLMutation(RejectContractBuyerDocument, {
    onSuccess: (data) => done(data.rejectContractBuyer),
  });
  const undo = useGraphQLMutation(UndoContractBuyerDecisionDocument, {
    onSuccess: (data) => done(data.undoContractBuyerDecision),
  });

  const decide = (request: BuyerDecisionRequest) => {
    if (pendingKey) return;
    setPendingKey(request.nameKey);
    setMessage(undefined);
    setFailure(undefined);
    const options = {
      onError: (error: GraphQLRequestError) => setFailure({ nameKey: request.nameKey, error }),
      onSettled: () => setPendingKey(undefined),
    };
    const { nameKey } = request;
    if (request.kind === 'match')
      match.mutate({ input: { nameKey, councilCode: request.councilCode } }, options);
    else if (request.kind === 'reject') reject.mutate({ nameKey }, options);
    else undo.mutate({ nameKey }, options);
  };

  return { decide, message, failure, pendingKey };
}
