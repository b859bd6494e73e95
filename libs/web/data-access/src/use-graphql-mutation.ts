import { useMutation, useQueryClient } from '@tanstack/react-query';

import { graphqlRequest, GraphQLRequestError } from './graphql-client';
import { type Operation, operationOf } from './operation';

export interface GraphQLMutationOptions<Result, Variables> {
  /** Runs after success; the mutation stays pending until it settles (say, while the viewer refetches). */
  onSuccess?: (data: Result, variables: Variables) => unknown;
}

/** The answer to a resent mutation whose change an earlier attempt already saved (decision 0074). */
export const ALREADY_APPLIED = 'ALREADY_APPLIED';

/**
 * Runs a typed mutation (or a query on demand, such as a download) when the
 * page asks. A resent mutation answered ALREADY_APPLIED was saved by an
 * earlier attempt whose answer was lost: every query is fetched again, so
 * the page shows the change, and the person is told it was saved.
 */
export function useGraphQLMutation<Result, Variables>(
  document: Operation<Result, Variables>,
  { onSuccess }: GraphQLMutationOptions<Result, Variables> = {},
) {
  const { name } = operationOf(document);
  const queryClient = useQueryClient();
  return useMutation<Result, GraphQLRequestError, Variables>({
    mutationKey: [name],
    mutationFn: async (variables) => {
      try {
        return await graphqlRequest(document, variables);
      } catch (error) {
        if (error instanceof GraphQLRequestError && error.code === ALREADY_APPLIED)
          await queryClient.invalidateQueries();
        throw error;
      }
    },
    onSuccess: onSuccess && ((data, variables) => onSuccess(data, variables)),
  });
}
