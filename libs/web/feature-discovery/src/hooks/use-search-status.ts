import {
  graphqlRequest,
  type GraphQLRequestError,
  QueryKeys,
  type SearchReadiness,
  SearchStatusDocument,
  type SearchStatusQuery,
} from '@lgx/web/data-access';
import { useQuery } from '@tanstack/react-query';

/** How often the page asks again while the first build goes on. */
const RECHECK_MS = 10_000;

/**
 * Whether search answers in full, is still being built or is unavailable;
 * asked again every few seconds while it is being built, so the notice goes
 * once it is done.
 */
export function useSearchStatus(): SearchReadiness | undefined {
  const { data } = useQuery<SearchStatusQuery, GraphQLRequestError>({
    queryKey: [QueryKeys.SearchStatus, {}],
    queryFn: ({ signal }) => graphqlRequest(SearchStatusDocument, {}, signal),
    refetchInterval: (query) =>
      query.state.data?.searchStatus.state === 'BUILDING' ? RECHECK_MS : false,
  });
  return data?.searchStatus.state;
}
