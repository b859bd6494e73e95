import { SEARCH_PAGE_SIZE, SEARCH_RESULT_CAP } from '@lgx/shared/domain';
import { Pagination, SearchBuildingNotice, SearchUnavailable } from '@lgx/web/ui';
import { type ReactNode, useRef } from 'react';

import type { SearchResults } from '../hooks/use-search-results';
import { resultsCountText } from '../model/result-path';
import type { SearchCatalogue } from '../model/search-catalogue';
import {
  nextPage,
  pageNumber,
  previousPage,
  searchPath,
  type SearchState,
} from '../model/search-state';
import { renderLink, renderPaginationLink } from './search-links';
import { NoResults, SearchResultList } from './search-results';

export const RESULTS_HEADING = 'search-results-heading';

interface SearchResultsSectionProps {
  state: SearchState;
  catalogue: SearchCatalogue;
  results: SearchResults;
  /** Where "Clear filters" goes; none when nothing is filtered. */
  clearHref: string | null;
  /** "Sort by", beside the count of results. */
  sort: ReactNode;
}

/** What the status line says of the search: on its way, gone wrong, or how many were found. */
function statusText({ search, error, unavailable, busy }: SearchResults, first: number): string {
  if (unavailable) return 'Search is unavailable for now';
  if (error) return 'The search did not work';
  if (search && !busy) return resultsCountText(search.totalCount, first, search.edges.length);
  return 'Searching…';
}

/** The results beside the filters: their count and sort, the hits, and pages of them. */
export function SearchResultsSection(props: SearchResultsSectionProps) {
  const { state, catalogue, results, clearHref, sort } = props;
  const { search, error, unavailable, busy } = results;
  const page = pageNumber(state);
  const total = search?.totalCount ?? 0;
  const pages = Math.ceil(Math.min(total, SEARCH_RESULT_CAP) / SEARCH_PAGE_SIZE);
  const first = (page - 1) * SEARCH_PAGE_SIZE + 1;

  const heading = useRef<HTMLHeadingElement>(null);
  const toResults = () => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.parentElement?.scrollIntoView();
  };

  return (
    <section className="govuk-grid-column-two-thirds" aria-labelledby={RESULTS_HEADING}>
      <h2 className="govuk-visually-hidden" id={RESULTS_HEADING} ref={heading} tabIndex={-1}>
        Search results
      </h2>
      <div className="lgx-search-summary">
        {/* Outside the busy part, so "Searching…" is announced too. */}
        <p className="govuk-body lgx-results-count" role="status" aria-live="polite">
          {statusText(results, first)}
        </p>
        {sort}
      </div>
      {results.searchStatus === 'BUILDING' && !error && <SearchBuildingNotice />}
      <div aria-busy={busy}>
        {unavailable && <SearchUnavailable renderLink={renderLink} />}
        {search && !error && (
          <>
            {total === 0 && !busy ? (
              <NoResults clearHref={clearHref} />
            ) : (
              <SearchResultList
                hits={search.edges.map((edge) => edge.node)}
                catalogue={catalogue}
              />
            )}
            <Pagination
              label="Pages of results"
              renderLink={renderPaginationLink}
              onNavigate={toResults}
              previous={
                state.after
                  ? { href: searchPath(previousPage(state)), label: `${page - 1} of ${pages}` }
                  : undefined
              }
              next={
                search.pageInfo.hasNextPage && search.pageInfo.endCursor
                  ? {
                      href: searchPath(nextPage(state, search.pageInfo.endCursor)),
                      label: `${page + 1} of ${pages}`,
                    }
                  : undefined
              }
            />
          </>
        )}
      </div>
    </section>
  );
}
