import { SEARCH_MAX_QUERY_LENGTH } from '@lgx/shared/domain';
import { type ContentType, SearchOptionsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { ErrorSummary, SearchBox, useHideHeaderSearch, usePageTitle } from '@lgx/web/ui';

import { FilterPanel } from '../components/filter-panel';
import { SaveSearch } from '../components/save-search';
import { SearchFeedLink } from '../components/search-feed-link';
import { NEAR, SearchFilters } from '../components/search-filters';
import { SearchPagePending } from '../components/search-page-pending';
import { SearchResultsSection } from '../components/search-results-section';
import { SearchSort } from '../components/search-sort';
import { SearchTopicLinks } from '../components/search-topic-links';
import { useCouncilFilters } from '../hooks/use-council-filters';
import { useSearchNavigation } from '../hooks/use-search-navigation';
import { QUERY_FIELD, useSearchResults } from '../hooks/use-search-results';
import { useSearchState } from '../hooks/use-search-state';
import { useUnfilteredCounts } from '../hooks/use-unfiltered-counts';
import { filterGroups } from '../model/filter-groups';
import { CONTENT_TYPE_ATTRIBUTE, type SearchCatalogue } from '../model/search-catalogue';
import { searchFeedPath } from '../model/search-feed';
import {
  councilsPossible,
  isFiltered,
  searchPath,
  withFacetValue,
  withFormer,
  withLikeCouncil,
  withNearCouncil,
  withoutFilters,
  withQuery,
  withSort,
  withType,
} from '../model/search-state';

/**
 * Search across everything LGX holds: results follow the words as they are
 * typed, with filters, sort and page kept in the address, so a search can be
 * shared and the back button returns to it. What can be searched, filtered
 * and sorted is what the API offers this reader (SearchOptions).
 */
export function SearchPage() {
  useHideHeaderSearch();
  const options = useGraphQLQuery(SearchOptionsDocument, {});
  if (options.data) return <CatalogueSearch catalogue={options.data} />;
  return <SearchPagePending failure={options.error?.message ?? null} />;
}

function CatalogueSearch({ catalogue }: { catalogue: SearchCatalogue }) {
  const state = useSearchState(catalogue);
  // A filter changed while words wait to be sent takes the words with it (current).
  const { text, current, onType, go } = useSearchNavigation(state);
  const results = useSearchResults(state);
  const unfiltered = useUnfilteredCounts(state);
  const councils = useCouncilFilters(state);
  usePageTitle(
    state.query ? `Search results for “${state.query}”` : 'Search',
    results.errors.length > 0,
  );
  const clearHref = isFiltered(state) ? searchPath(withoutFilters(state, catalogue)) : null;
  const feedHref = searchFeedPath(state, catalogue);

  return (
    <>
      <ErrorSummary errors={results.errors} />
      <SearchBox
        id={QUERY_FIELD}
        label="Search LGX"
        labelAsHeading
        value={text}
        maxLength={SEARCH_MAX_QUERY_LENGTH}
        onChange={onType}
        onSubmit={(value) => go(withQuery(state, value), 'typed')}
      />
      <SaveSearch state={state} />
      {feedHref && <SearchFeedLink href={feedHref} />}
      <SearchTopicLinks state={state} />
      <div className="govuk-grid-row">
        <FilterPanel filtered={clearHref !== null}>
          <SearchFilters
            groups={filterGroups(state, results.search, unfiltered, catalogue)}
            councils={councils}
            clearHref={clearHref}
            onChange={(attribute, value, checked) =>
              go(
                attribute === CONTENT_TYPE_ATTRIBUTE
                  ? withType(current, value as ContentType, checked, catalogue)
                  : withFacetValue(current, attribute, value, checked),
                'push',
              )
            }
            onCouncilChange={(filter, checked) => {
              const code = checked ? (councils.mine?.code ?? null) : null;
              return go(
                filter === NEAR ? withNearCouncil(current, code) : withLikeCouncil(current, code),
                'push',
              );
            }}
            former={
              councilsPossible(state) || state.includeFormer
                ? {
                    checked: state.includeFormer,
                    onChange: (checked) => go(withFormer(current, checked), 'push'),
                  }
                : null
            }
          />
        </FilterPanel>
        <SearchResultsSection
          state={state}
          catalogue={catalogue}
          results={results}
          clearHref={clearHref}
          sort={
            <SearchSort
              key={state.sort}
              state={state}
              catalogue={catalogue}
              onSort={(chosen) => go(withSort(current, chosen, catalogue), 'push')}
            />
          }
        />
      </div>
    </>
  );
}
