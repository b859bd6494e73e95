import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { graphqlRequest, type GraphQLRequestError } from './graphql-client';
import type { Operation } from './operation';
import { queryNameOf } from './query-keys';

export interface GraphQLQueryOptions {
  /** False waits (for example until an id is known); true by default. */
  enabled?: boolean;
}

/** Runs a typed query with caching; keeps showing the last data while new variables load. */
export function useGraphQLQuery<Result, Variables>(
  document: Operation<Result, Variables>,
  variables: Variables,
  { enabled = true }: GraphQLQueryOptions = {},
) {
  return useQuery<Result, GraphQLRequestError>({
    queryKey: [queryNameOf(document), variables],
    queryFn: ({ signal }) => graphqlRequest(document, variables, signal),
    placeholderData: keepPreviousData,
    enabled,
    retry: (failures, error) => failures < 2 && error.code === 'NETWORK_ERROR',
  });
}
