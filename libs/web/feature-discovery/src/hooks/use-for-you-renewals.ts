import { ForYouRenewalsDocument, useGraphQLQuery } from '@lgx/web/data-access';

/**
 * The viewer's council on the renewal radar (its default window): its
 * contracts ending soonest and the open groups the radar suggests. One query
 * for both parts of "for you" that show it.
 */
export function useForYouRenewals(councilCode: string) {
  const query = useGraphQLQuery(ForYouRenewalsDocument, { councilCode });
  return {
    radar: query.data?.renewalRadar,
    loading: query.isPending,
    loadError: query.error?.message,
  };
}
