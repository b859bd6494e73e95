import { FIRST_PAGE } from '@lgx/web/ui';

import { facetsFor, type SearchCatalogue } from './search-catalogue';
import { type SearchState, serialiseSearchState } from './search-state';

/**
 * The address of a search's Atom feed: the same words and filters (a feed is
 * always the newest first, from the start). None when the search has a type
 * or a filter no feed can list (officers-only types, the council register).
 */
export function searchFeedPath(state: SearchState, catalogue: SearchCatalogue): string | null {
  const feedable = catalogue.searchContentTypes.filter((type) => type.feed).map((type) => type.key);
  if (feedable.length === 0 || state.types.some((type) => !feedable.includes(type))) return null;
  const facets = facetsFor(catalogue, state.types.length > 0 ? state.types : feedable);
  if (state.facets.some((facet) => !facets.has(facet.attribute))) return null;
  const search = serialiseSearchState({ ...state, sort: 'RELEVANCE', ...FIRST_PAGE }).toString();
  return search ? `/feeds/search.atom?${search}` : '/feeds/search.atom';
}
