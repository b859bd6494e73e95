import { NEAR_COUNCIL_KM, SEARCH_MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE } from '@lgx/shared/domain';
import type {
  ContentType,
  SearchFacetCountsQueryVariables,
  SearchFiltersInput,
  SearchQueryVariables,
  SearchSort,
} from '@lgx/web/data-access';
import {
  cursorPageNumber,
  type CursorPages,
  FIRST_PAGE,
  nextCursorPage,
  previousCursorPage,
  readCursorPages,
  writeCursorPages,
} from '@lgx/web/ui';

import {
  CONTENT_TYPE_ATTRIBUTE,
  contentTypeBySlug,
  contentTypeKeys,
  contentTypeSlug,
  facetsFor,
  knownSorts,
  type SearchCatalogue,
  sortsFor,
  sortSlug,
} from './search-catalogue';

export { NEAR_COUNCIL_KM };

export interface FacetFilter {
  attribute: string;
  values: string[];
}

/** Everything a search page shows, as kept in its address so it can be shared and gone back to. */
export interface SearchState extends CursorPages {
  query: string;
  /** Content types to search; every type when empty. */
  types: ContentType[];
  facets: FacetFilter[];
  /** Only results within NEAR_COUNCIL_KM of this council (its register code). */
  nearCouncil: string | null;
  /** Only results from councils like this one. */
  likeCouncil: string | null;
  sort: SearchSort;
  /** Former councils too (the API leaves them out unless asked). */
  includeFormer: boolean;
}

export const EMPTY_SEARCH: SearchState = {
  query: '',
  types: [],
  facets: [],
  nearCouncil: null,
  likeCouncil: null,
  sort: 'RELEVANCE',
  includeFormer: false,
  ...FIRST_PAGE,
};

const KEYS = {
  query: 'q',
  type: 'type',
  near: 'near',
  like: 'like',
  sort: 'sort',
  former: 'former',
} as const;

const COUNCIL_CODE = /^[A-Z0-9]{1,12}$/;

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function councilCode(value: string | null): string | null {
  const code = value?.trim().toUpperCase() ?? '';
  return COUNCIL_CODE.test(code) ? code : null;
}

/**
 * Drops what the chosen content types cannot use: facets none of them has,
 * and a sort none of them offers (an unknown filter is refused by the API).
 */
function fitToTypes(state: SearchState, catalogue: SearchCatalogue): SearchState {
  const facets = facetsFor(catalogue, state.types);
  return {
    ...state,
    facets: state.facets.filter((facet) => facets.has(facet.attribute)),
    sort: sortsFor(catalogue, state.types).includes(state.sort) ? state.sort : 'RELEVANCE',
  };
}

/**
 * Reads a search from its address; anything unknown or malformed, or not
 * offered to this reader (the catalogue), is left out.
 */
export function parseSearchState(params: URLSearchParams, catalogue: SearchCatalogue): SearchState {
  const types = unique(
    params
      .getAll(KEYS.type)
      .map((slug) => contentTypeBySlug(catalogue, slug))
      .filter((type): type is ContentType => type !== undefined),
  );
  const allFacets = facetsFor(catalogue, []);
  const facets: FacetFilter[] = [];
  for (const attribute of unique([...params.keys()])) {
    if (!allFacets.has(attribute)) continue;
    const values = unique(params.getAll(attribute).filter((value) => value.trim() !== ''));
    if (values.length > 0) facets.push({ attribute, values });
  }
  const sortParam = params.get(KEYS.sort);
  const sort =
    knownSorts(catalogue).find((key) => key !== 'RELEVANCE' && sortSlug(key) === sortParam) ??
    'RELEVANCE';
  return fitToTypes(
    {
      query: (params.get(KEYS.query) ?? '').slice(0, SEARCH_MAX_QUERY_LENGTH),
      types: contentTypeKeys(catalogue).filter((type) => types.includes(type)),
      facets,
      nearCouncil: councilCode(params.get(KEYS.near)),
      likeCouncil: councilCode(params.get(KEYS.like)),
      sort,
      includeFormer: params.get(KEYS.former) === 'yes',
      ...readCursorPages(params),
    },
    catalogue,
  );
}

/** Writes a search into an address, in a stable order; defaults are left out. */
export function serialiseSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set(KEYS.query, query);
  for (const type of state.types) params.append(KEYS.type, contentTypeSlug(type));
  for (const facet of state.facets)
    for (const value of facet.values) params.append(facet.attribute, value);
  if (state.nearCouncil) params.set(KEYS.near, state.nearCouncil);
  if (state.likeCouncil) params.set(KEYS.like, state.likeCouncil);
  if (state.sort !== 'RELEVANCE') params.set(KEYS.sort, sortSlug(state.sort));
  if (state.includeFormer) params.set(KEYS.former, 'yes');
  writeCursorPages(params, state);
  return params;
}

/** The address of a search: `/search?q=...`. */
export function searchPath(state: SearchState): string {
  const search = serialiseSearchState(state).toString();
  return search ? `/search?${search}` : '/search';
}

const firstPage = (state: SearchState): SearchState => ({ ...state, ...FIRST_PAGE });

export const withQuery = (state: SearchState, query: string): SearchState =>
  firstPage({ ...state, query: query.slice(0, SEARCH_MAX_QUERY_LENGTH) });

export function withType(
  state: SearchState,
  type: ContentType,
  checked: boolean,
  catalogue: SearchCatalogue,
): SearchState {
  const types = checked
    ? contentTypeKeys(catalogue).filter((key) => key === type || state.types.includes(key))
    : state.types.filter((key) => key !== type);
  return fitToTypes(firstPage({ ...state, types }), catalogue);
}

export function withFacetValue(
  state: SearchState,
  attribute: string,
  value: string,
  checked: boolean,
): SearchState {
  const current = state.facets.find((facet) => facet.attribute === attribute)?.values ?? [];
  const values = checked
    ? unique([...current, value])
    : current.filter((existing) => existing !== value);
  const facets = state.facets.some((facet) => facet.attribute === attribute)
    ? state.facets.map((facet) => (facet.attribute === attribute ? { attribute, values } : facet))
    : [...state.facets, { attribute, values }];
  return firstPage({ ...state, facets: facets.filter((facet) => facet.values.length > 0) });
}

export const withNearCouncil = (state: SearchState, code: string | null): SearchState =>
  firstPage({ ...state, nearCouncil: code });

export const withLikeCouncil = (state: SearchState, code: string | null): SearchState =>
  firstPage({ ...state, likeCouncil: code });

export const withFormer = (state: SearchState, includeFormer: boolean): SearchState =>
  firstPage({ ...state, includeFormer });

/**
 * Whether councils can be among the results: their type is chosen, or words
 * are searched across every type (a search without words lists no council).
 */
export const councilsPossible = (state: SearchState): boolean =>
  state.types.length > 0 ? state.types.includes('COUNCIL') : state.query.trim() !== '';

export const withSort = (
  state: SearchState,
  sort: SearchSort,
  catalogue: SearchCatalogue,
): SearchState => fitToTypes(firstPage({ ...state, sort }), catalogue);

/** The same words, without any filter (the sort stays if it still applies). */
export const withoutFilters = (state: SearchState, catalogue: SearchCatalogue): SearchState =>
  fitToTypes(
    firstPage({
      ...state,
      types: [],
      facets: [],
      nearCouncil: null,
      likeCouncil: null,
      includeFormer: false,
    }),
    catalogue,
  );

export const isFiltered = (state: SearchState): boolean =>
  state.types.length > 0 ||
  state.facets.length > 0 ||
  state.nearCouncil !== null ||
  state.likeCouncil !== null ||
  state.includeFormer;

export {
  nextCursorPage as nextPage,
  cursorPageNumber as pageNumber,
  previousCursorPage as previousPage,
};

function filtersOf(
  state: SearchState,
  leaveOut?: string,
): { filters?: SearchFiltersInput } | Record<string, never> {
  const filters: SearchFiltersInput = {};
  if (state.types.length > 0 && leaveOut !== CONTENT_TYPE_ATTRIBUTE) filters.types = state.types;
  const facets = state.facets.filter((facet) => facet.attribute !== leaveOut);
  if (facets.length > 0) filters.facets = facets;
  if (state.nearCouncil)
    filters.nearCouncil = { councilCode: state.nearCouncil, withinKm: NEAR_COUNCIL_KM };
  if (state.likeCouncil) filters.likeCouncil = state.likeCouncil;
  if (state.includeFormer) filters.includeFormer = true;
  return Object.keys(filters).length > 0 ? { filters } : {};
}

/** The API's variables for a page of results. */
export function searchVariables(state: SearchState): SearchQueryVariables {
  return {
    query: state.query.trim(),
    ...filtersOf(state),
    sort: state.sort,
    first: SEARCH_PAGE_SIZE,
    ...(state.after ? { after: state.after } : {}),
  };
}

/**
 * The variables that count one facet's values as if it were not filtered
 * (the content type with attribute `type`), so a second value can be added
 * to the first.
 */
export function facetCountVariables(
  state: SearchState,
  attribute: string,
): SearchFacetCountsQueryVariables {
  return { query: state.query.trim(), ...filtersOf(state, attribute) };
}

/** The facets whose values are filtered now, each needing its own counts. */
export function filteredAttributes(state: SearchState): string[] {
  return [
    ...(state.types.length > 0 ? [CONTENT_TYPE_ATTRIBUTE] : []),
    ...state.facets.map((facet) => facet.attribute),
  ];
}
