import type { GraphQLRequestError } from '@lgx/web/data-access';
import { useState } from 'react';

import type { WorkflowOutcome } from '../components/workflow-actions';

/** What the last action on a case study did, or why it failed: one replaces the other. */
export function useWorkflowOutcome() {
  const [outcome, setOutcome] = useState<WorkflowOutcome>();
  const [actionError, setActionError] = useState<GraphQLRequestError>();
  const done = (next: WorkflowOutcome) => {
    setActionError(undefined);
    setOutcome(next);
  };
  const failed = (failure: GraphQLRequestError) => {
    setOutcome(undefined);
    setActionError(failure);
  };
  return { outcome, actionError, done, failed };
}
