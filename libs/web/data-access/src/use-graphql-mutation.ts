import { useMutation } from '@tanstack/react-query';

import { graphqlRequest, type GraphQLRequestError } from './graphql-client';
import { type Operation, operationOf } from './operation';

export interface GraphQLMutationOptions<Result, Variables> {
  /** Runs after success; the mutation stays pending until it settles (say, while the viewer refetches). */
  onSuccess?: (data: Result, variables: Variables) => unknown;
}

/** Runs a typed mutation (or a query on demand, such as a download) when the page asks. */
export function useGraphQLMutation<Result, Variables>(
  document: Operation<Result, Variables>,
  { onSuccess }: GraphQLMutationOptions<Result, Variables> = {},
) {
  const { name } = operationOf(document);
  return useMutation<Result, GraphQLRequestError, Variables>({
    mutationKey: [name],
    mutationFn: (variables) => graphqlRequest(document, variables),
    onSuccess: onSuccess && ((data, variables) => onSuccess(data, variables)),
  });
}
