import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getOperationAST } from 'graphql';

import { graphqlRequest } from './graphql-client';

/** Runs a typed query with caching; keeps showing the last data while new variables load. */
export function useGraphQLQuery<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
) {
  const name = getOperationAST(document)?.name?.value ?? 'anonymous';
  return useQuery({
    queryKey: [name, variables],
    queryFn: ({ signal }) => graphqlRequest(document, variables, signal),
    placeholderData: keepPreviousData,
    retry: (failures, error) =>
      failures < 2 && (error as { code?: string }).code === 'NETWORK_ERROR',
  });
}
