import {
  graphqlRequest,
  type GraphQLRequestError,
  QueryKeys,
  SearchFacetCountsDocument,
  type SearchFacetCountsQuery,
} from '@lgx/web/data-access';
import { useQueries } from '@tanstack/react-query';

import type { FacetSource } from '../model/filter-groups';
import { facetCountVariables, filteredAttributes, type SearchState } from '../model/search-state';

/**
 * For each filtered facet, the counts of its values as if it were not
 * filtered (one small search each), so people can add a second value to the
 * first. Keyed by facet attribute; missing until loaded.
 */
export function useUnfilteredCounts(state: SearchState): Partial<Record<string, FacetSource>> {
  const attributes = filteredAttributes(state);
  const results = useQueries({
    queries: attributes.map((attribute) => {
      const variables = facetCountVariables(state, attribute);
      return {
        queryKey: [QueryKeys.SearchFacetCounts, variables, attribute],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          graphqlRequest(SearchFacetCountsDocument, variables, signal),
        // While new counts load, keep the old ones of the same facet (never another's).
        placeholderData: (
          previous: SearchFacetCountsQuery | undefined,
          previousQuery?: { queryKey: readonly unknown[] },
        ) => (previousQuery?.queryKey[2] === attribute ? previous : undefined),
        retry: (failures: number, error: GraphQLRequestError) =>
          failures < 2 && error.code === 'NETWORK_ERROR',
      };
    }),
  });
  return Object.fromEntries(
    attributes.map((attribute, index) => [attribute, results[index]?.data?.search]),
  );
}
