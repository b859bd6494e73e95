import type { GraphQLRequestError } from '@lgx/web/data-access';
import { useState } from 'react';

/** What the last action on the page came to: a message when done, or its error. One clears the other. */
export function useActionOutcome() {
  const [done, setDone] = useState<string>();
  const [actionError, setActionError] = useState<GraphQLRequestError>();
  const onDone = (message: string) => {
    setActionError(undefined);
    setDone(message);
  };
  const onError = (failure: GraphQLRequestError) => {
    setDone(undefined);
    setActionError(failure);
  };
  return { done, actionError, onDone, onError };
}
