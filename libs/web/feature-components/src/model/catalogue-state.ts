import { SEARCH_MAX_QUERY_LENGTH } from '@lgx/shared/domain';
import type { SearchSort } from '@lgx/web/data-access';
import { type CursorPages, FIRST_PAGE, readCursorPages, writeCursorPages } from '@lgx/web/ui';

/**
 * Facets of the component index people can filter by here (the API's are in
 * libs/api/feature-components/src/component-search.definition.ts).
 */
export const CATALOGUE_FACETS = [
  'category',
  'licence',
  'maturity',
  'serviceAreas',
  'technologies',
] as const;

export const CATALOGUE_SORTS: { value: SearchSort; label: string; slug: string }[] = [
  { value: 'MOST_ADOPTED', label: 'Most adopted', slug: 'most-adopted' },
  { value: 'RELEVANCE', label: 'Best match', slug: 'relevance' },
  { value: 'NEWEST', label: 'Newest', slug: 'newest' },
  { value: 'NAME', label: 'Name (A to Z)', slug: 'name' },
];

export interface CatalogueState extends CursorPages {
  query: string;
  sort: SearchSort;
  facets: { attribute: string; values: string[] }[];
}

/** The catalogue's state from its address: ?q=&sort=most-adopted&licence=MIT ... */
export function parseCatalogueState(params: URLSearchParams): CatalogueState {
  const sort =
    CATALOGUE_SORTS.find((option) => option.slug === params.get('sort'))?.value ?? 'MOST_ADOPTED';
  return {
    query: (params.get('q') ?? '').slice(0, SEARCH_MAX_QUERY_LENGTH),
    sort,
    facets: CATALOGUE_FACETS.map((attribute) => ({
      attribute,
      values: params.getAll(attribute).slice(0, 20),
    })).filter((facet) => facet.values.length > 0),
    ...readCursorPages(params),
  };
}

export function serialiseCatalogueState(state: CatalogueState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const facet of state.facets)
    for (const value of facet.values) params.append(facet.attribute, value);
  if (state.sort !== 'MOST_ADOPTED')
    params.set('sort', CATALOGUE_SORTS.find((option) => option.value === state.sort)!.slug);
  writeCursorPages(params, state);
  return params;
}

/** The catalogue's address for a state: `/components?...`. */
export function cataloguePath(state: CatalogueState): string {
  const search = serialiseCatalogueState(state).toString();
  return search ? `/components?${search}` : '/components';
}

/** A new search, filter or sort starts again from the first page. */
export const fromFirstPage = (state: CatalogueState): CatalogueState => ({
  ...state,
  ...FIRST_PAGE,
});

export function withFacetValue(
  state: CatalogueState,
  attribute: string,
  value: string,
  checked: boolean,
): CatalogueState {
  const current = state.facets.find((facet) => facet.attribute === attribute)?.values ?? [];
  const values = checked
    ? [...new Set([...current, value])]
    : current.filter((existing) => existing !== value);
  return {
    ...state,
    facets: [
      ...state.facets.filter((facet) => facet.attribute !== attribute),
      ...(values.length > 0 ? [{ attribute, values }] : []),
    ].sort(
      (a, b) =>
        CATALOGUE_FACETS.indexOf(a.attribute as never) -
        CATALOGUE_FACETS.indexOf(b.attribute as never),
    ),
  };
}
