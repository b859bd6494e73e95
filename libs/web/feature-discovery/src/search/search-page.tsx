import { SEARCH_MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE, SEARCH_RESULT_CAP } from '@lgx/shared/domain';
import {
  type ContentType,
  SearchDocument,
  SearchFilterCouncilDocument,
  SearchOptionsDocument,
  useGraphQLQuery,
  ViewerDocument,
} from '@lgx/web/data-access';
import {
  ErrorSummary,
  type FieldError,
  isSearchUnavailable,
  Pagination,
  type RenderLink,
  SearchBox,
  SearchBuildingNotice,
  SearchUnavailable,
  Select,
  useHideHeaderSearch,
  usePageTitle,
} from '@lgx/web/ui';
import {
  type MouseEvent,
  type ReactNode,
  startTransition,
  useEffect,
  useMemo,
  useOptimistic,
  useRef,
  useState,
} from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import { filterGroups } from './filter-groups';
import { resultsCountText } from './result-path';
import {
  CONTENT_TYPE_ATTRIBUTE,
  type SearchCatalogue,
  sortLabel,
  sortsFor,
} from './search-catalogue';
import { type CouncilFilters, NEAR, SearchFilters } from './search-filters';
import { NoResults, SearchResultList } from './search-results';
import {
  isFiltered,
  nextPage,
  pageNumber,
  parseSearchState,
  previousPage,
  searchPath,
  type SearchState,
  searchVariables,
  serialiseSearchState,
  withFacetValue,
  withLikeCouncil,
  withNearCouncil,
  withoutFilters,
  withQuery,
  withSort,
  withType,
} from './search-state';
import { useSearchStatus } from './use-search-status';
import { useUnfilteredCounts } from './use-unfiltered-counts';

/** How long typing pauses before the results follow. */
const TYPING_DELAY_MS = 250;
const QUERY_FIELD = 'search-query';
const RESULTS_HEADING = 'search-results-heading';

/** Navigations made by typing replace the history entry and leave the search box alone. */
interface TypedState {
  typed: true;
}
const isTyped = (state: unknown) => (state as TypedState | null)?.typed === true;

const renderPaginationLink = ({
  href,
  className,
  rel,
  onClick,
  children,
}: {
  href: string;
  className: string;
  rel: string;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  children: ReactNode;
}) => (
  <Link to={href} className={className} rel={rel} onClick={onClick}>
    {children}
  </Link>
);

const renderLink: RenderLink = ({ href, className, children }) => (
  <Link to={href} className={className}>
    {children}
  </Link>
);

/** The council a shared "near" or "like" filter is about, named once known. */
function useFilterCouncil(code: string | null, mine: { code: string; name: string } | null) {
  const known = code !== null && code === mine?.code;
  const { data } = useGraphQLQuery(
    SearchFilterCouncilDocument,
    { code: code ?? '' },
    { enabled: code !== null && !known },
  );
  if (code === null) return null;
  return { code, name: known ? mine.name : (data?.council?.name ?? null) };
}

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

/** Until the API has said what search offers: the box, and that the search is on its way. */
function SearchPagePending({ failure }: { failure: string | null }) {
  const location = useLocation();
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const errors = useMemo<FieldError[]>(() => (failure ? [{ message: failure }] : []), [failure]);
  usePageTitle(query ? `Search results for “${query}”` : 'Search', errors.length > 0);
  return (
    <>
      <ErrorSummary errors={errors} />
      <SearchBox
        id={QUERY_FIELD}
        label="Search LGX"
        labelAsHeading
        value={query.slice(0, SEARCH_MAX_QUERY_LENGTH)}
        maxLength={SEARCH_MAX_QUERY_LENGTH}
        onChange={() => undefined}
        onSubmit={() => undefined}
      />
      <section aria-labelledby={RESULTS_HEADING}>
        <h2 className="govuk-visually-hidden" id={RESULTS_HEADING}>
          Search results
        </h2>
        <p className="govuk-body lgx-results-count" role="status" aria-live="polite">
          {failure ? 'The search did not work' : 'Searching…'}
        </p>
      </section>
    </>
  );
}

function CatalogueSearch({ catalogue }: { catalogue: SearchCatalogue }) {
  const location = useLocation();
  const navigate = useNavigate();
  const state = useMemo(
    () => parseSearchState(new URLSearchParams(location.search), catalogue),
    [location.search, catalogue],
  );

  // The box shows what is typed; the address follows a moment after the last key. When the
  // address changes another way (back, a filter, a link), the box shows its words again.
  const [text, setText] = useState(state.query);
  const [shownLocation, setShownLocation] = useState(location.key);
  if (shownLocation !== location.key) {
    setShownLocation(location.key);
    if (!isTyped(location.state)) setText(state.query);
  }
  const typingTimer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!isTyped(location.state)) window.clearTimeout(typingTimer.current);
  }, [location]);
  useEffect(() => () => window.clearTimeout(typingTimer.current), []);

  /** Goes to another search; resolves when the address has changed. */
  const go = async (next: SearchState, how: 'typed' | 'push'): Promise<void> => {
    window.clearTimeout(typingTimer.current);
    const search = serialiseSearchState(next).toString();
    if (search === location.search.replace(/^\?/, '')) return;
    await navigate(
      { search: search ? `?${search}` : '' },
      how === 'typed' ? { replace: true, state: { typed: true } satisfies TypedState } : {},
    );
  };
  // A filter changed while words wait to be sent takes the words with it.
  const current = { ...state, query: text };

  const onType = (value: string) => {
    setText(value);
    window.clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(
      () => go(withQuery(state, value), 'typed'),
      TYPING_DELAY_MS,
    );
  };

  // The chosen sort shows at once, while the page moves to its address.
  const [sort, showSort] = useOptimistic(state.sort);

  const results = useGraphQLQuery(SearchDocument, searchVariables(state));
  const unfiltered = useUnfilteredCounts(state);
  const viewer = useGraphQLQuery(ViewerDocument, {}).data?.viewer;
  const mine = viewer?.council ?? null;
  const councils: CouncilFilters = {
    mine,
    near: useFilterCouncil(state.nearCouncil, mine),
    like: useFilterCouncil(state.likeCouncil, mine),
  };

  const search = results.data?.search;
  const error = results.error;
  // Search being down is said in place of the results, with the lists that still work.
  const unavailable = isSearchUnavailable(error);
  const searchStatus = useSearchStatus();
  const errorMessage = unavailable ? undefined : error?.message;
  const errorField = error?.argumentName === 'query' ? QUERY_FIELD : undefined;
  // One array per error, so the summary takes focus once, not on every key typed.
  const errors = useMemo<FieldError[]>(
    () => (errorMessage ? [{ message: errorMessage, fieldId: errorField }] : []),
    [errorMessage, errorField],
  );
  usePageTitle(state.query ? `Search results for “${state.query}”` : 'Search', errors.length > 0);

  const busy = results.isPending || results.isPlaceholderData;
  const groups = filterGroups(state, search, unfiltered, catalogue);
  const clearHref = isFiltered(state) ? searchPath(withoutFilters(state, catalogue)) : null;
  const page = pageNumber(state);
  const total = search?.totalCount ?? 0;
  const pages = Math.ceil(Math.min(total, SEARCH_RESULT_CAP) / SEARCH_PAGE_SIZE);
  const first = (page - 1) * SEARCH_PAGE_SIZE + 1;

  const heading = useRef<HTMLHeadingElement>(null);
  const toResults = () => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.parentElement?.scrollIntoView();
  };

  let status = 'Searching…';
  if (unavailable) status = 'Search is unavailable for now';
  else if (error) status = 'The search did not work';
  else if (search && !busy) status = resultsCountText(total, first, search.edges.length);

  return (
    <>
      <ErrorSummary errors={errors} />
      <SearchBox
        id={QUERY_FIELD}
        label="Search LGX"
        labelAsHeading
        value={text}
        maxLength={SEARCH_MAX_QUERY_LENGTH}
        onChange={onType}
        onSubmit={(value) => go(withQuery(state, value), 'typed')}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <SearchFilters
            groups={groups}
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
              const code = checked ? (mine?.code ?? null) : null;
              return go(
                filter === NEAR ? withNearCouncil(current, code) : withLikeCouncil(current, code),
                'push',
              );
            }}
          />
        </div>
        <section className="govuk-grid-column-two-thirds" aria-labelledby={RESULTS_HEADING}>
          <h2 className="govuk-visually-hidden" id={RESULTS_HEADING} ref={heading} tabIndex={-1}>
            Search results
          </h2>
          <div className="lgx-search-summary">
            {/* Outside the busy part, so "Searching…" is announced too. */}
            <p className="govuk-body lgx-results-count" role="status" aria-live="polite">
              {status}
            </p>
            <Select
              id="search-sort"
              label="Sort by"
              value={sort}
              onChange={(event) => {
                const chosen = event.target.value as SearchState['sort'];
                startTransition(async () => {
                  showSort(chosen);
                  await go(withSort(current, chosen, catalogue), 'push');
                });
              }}
              options={sortsFor(catalogue, state.types).map((option) => ({
                value: option,
                label: sortLabel(catalogue, option),
              }))}
            />
          </div>
          {searchStatus === 'BUILDING' && !error && <SearchBuildingNotice />}
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
      </div>
    </>
  );
}
