import { type Topic, topicOfFacetValue } from '@lgx/shared/domain';

import type { SearchState } from './search-state';

/** The topics a search is filtered by (service area, objective, technology values chosen). */
export function chosenTopics(state: Pick<SearchState, 'facets'>): Topic[] {
  return state.facets.flatMap((facet) =>
    facet.values.flatMap((value) => topicOfFacetValue(facet.attribute, value) ?? []),
  );
}
