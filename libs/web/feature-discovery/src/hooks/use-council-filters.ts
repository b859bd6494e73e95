import { SearchFilterCouncilDocument, useGraphQLQuery, ViewerDocument } from '@lgx/web/data-access';

import type { CouncilFilters } from '../components/search-filters';
import type { SearchState } from '../model/search-state';

type NamedCouncil = CouncilFilters['mine'];

/** The council a shared "near" or "like" filter is about, named once known. */
function useFilterCouncil(code: string | null, mine: NamedCouncil): CouncilFilters['near'] {
  const known = code !== null && code === mine?.code;
  const { data } = useGraphQLQuery(
    SearchFilterCouncilDocument,
    { code: code ?? '' },
    { enabled: code !== null && !known },
  );
  if (code === null) return null;
  return { code, name: known ? mine.name : (data?.council?.name ?? null) };
}

/** The viewer's council and the councils of the "near" and "like" filters in force. */
export function useCouncilFilters(state: SearchState): CouncilFilters {
  const viewer = useGraphQLQuery(ViewerDocument, {}).data?.viewer;
  const mine = viewer?.council ?? null;
  return {
    mine,
    near: useFilterCouncil(state.nearCouncil, mine),
    like: useFilterCouncil(state.likeCouncil, mine),
  };
}
