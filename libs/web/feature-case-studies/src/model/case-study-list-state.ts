import { SEARCH_MAX_FACET_VALUES, SEARCH_MAX_QUERY_LENGTH } from '@lgx/shared/domain';
import type { CaseStudyListQueryVariables, SearchSort } from '@lgx/web/data-access';
import { type CursorPages, FIRST_PAGE, readCursorPages, writeCursorPages } from '@lgx/web/ui';

/** The orders the list offers, the first the default; relevance only means something with words. */
export const CASE_STUDY_LIST_SORTS: readonly { sort: SearchSort; slug: string; label: string }[] = [
  { sort: 'NEWEST', slug: 'newest', label: 'Newest' },
  { sort: 'LARGEST_SAVINGS', slug: 'largest-savings', label: 'Largest savings' },
  { sort: 'HIGHEST_NPV', slug: 'highest-npv', label: 'Net present value (highest first)' },
  { sort: 'SOONEST_PAYBACK', slug: 'soonest-payback', label: 'Payback (soonest first)' },
  { sort: 'NAME', slug: 'name', label: 'Title (A to Z)' },
  { sort: 'RELEVANCE', slug: 'best-match', label: 'Best match' },
];

/** How many case studies a page lists. */
export const CASE_STUDY_LIST_PAGE_SIZE = 20;

/** The list's words, filters (chosen values by facet attribute), order and page: all in its address. */
export interface CaseStudyListState extends CursorPages {
  query: string;
  chosen: Readonly<Record<string, readonly string[]>>;
  sort: SearchSort;
}

/**
 * Reads the list from its address (/case-studies?serviceAreas=Housing&region=...):
 * only the facets search offers for case studies (`attributes`) are read;
 * anything else in the address is left out.
 */
export function readCaseStudyList(
  params: URLSearchParams,
  attributes: readonly string[],
): CaseStudyListState {
  const chosen: Record<string, string[]> = {};
  for (const attribute of attributes) {
    const values = [...new Set(params.getAll(attribute).filter((value) => value.trim()))];
    if (values.length > 0) chosen[attribute] = values.slice(0, SEARCH_MAX_FACET_VALUES);
  }
  const slug = params.get('sort');
  return {
    query: (params.get('q') ?? '').slice(0, SEARCH_MAX_QUERY_LENGTH),
    chosen,
    sort: CASE_STUDY_LIST_SORTS.find((option) => option.slug === slug)?.sort ?? 'NEWEST',
    ...readCursorPages(params),
  };
}

/** The list's address: `/case-studies?...`, defaults left out, so it can be shared. */
export function caseStudyListPath(state: CaseStudyListState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const [attribute, values] of Object.entries(state.chosen))
    values.forEach((value) => params.append(attribute, value));
  if (state.sort !== 'NEWEST') {
    const option = CASE_STUDY_LIST_SORTS.find((candidate) => candidate.sort === state.sort);
    if (option) params.set('sort', option.slug);
  }
  writeCursorPages(params, state);
  const search = params.toString();
  return search ? `/case-studies?${search}` : '/case-studies';
}

/** A value ticked or unticked: back to the first page. */
export function toggled(
  state: CaseStudyListState,
  attribute: string,
  value: string,
  on: boolean,
): CaseStudyListState {
  const rest = (state.chosen[attribute] ?? []).filter((existing) => existing !== value);
  const values = on ? [...rest, value] : rest;
  const chosen = { ...state.chosen, [attribute]: values };
  if (values.length === 0) delete chosen[attribute];
  return { ...state, chosen, ...FIRST_PAGE };
}

/** New words or a new order: from the first page. */
export const fromFirstPage = (state: CaseStudyListState): CaseStudyListState => ({
  ...state,
  ...FIRST_PAGE,
});

/** The same list without any filter, from the first page. */
export const unfiltered = (state: CaseStudyListState): CaseStudyListState => ({
  ...state,
  chosen: {},
  ...FIRST_PAGE,
});

export const isFiltered = (state: CaseStudyListState): boolean =>
  Object.keys(state.chosen).length > 0;

/** What the API is asked for: case studies only, these filters, this page. */
export function caseStudyListVariables(state: CaseStudyListState): CaseStudyListQueryVariables {
  const facets = Object.entries(state.chosen).map(([attribute, values]) => ({
    attribute,
    values: [...values],
  }));
  return {
    query: state.query.trim(),
    filters: { types: ['CASE_STUDY'], ...(facets.length > 0 ? { facets } : {}) },
    // Relevance without words means nothing: the newest first then.
    sort: state.sort === 'RELEVANCE' && !state.query.trim() ? 'NEWEST' : state.sort,
    first: CASE_STUDY_LIST_PAGE_SIZE,
    ...(state.after ? { after: state.after } : {}),
  };
}
