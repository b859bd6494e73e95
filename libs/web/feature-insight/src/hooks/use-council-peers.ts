import { CouncilPeersDocument, useGraphQLQuery } from '@lgx/web/data-access';

/** The council's own map beside similar councils' figures: for its own officers. */
export function useCouncilPeers(councilCode: string) {
  return useGraphQLQuery(CouncilPeersDocument, { councilCode });
}
