import type { ContentType, SearchSort } from '@lgx/web/data-access';

export type TagColour = 'grey' | 'green' | 'purple' | 'orange' | 'teal' | 'blue';

export interface ContentTypeInfo {
  /** How the type is written in the address: `type=case-study`. */
  slug: string;
  /** The search document's `type`, as the content type facet counts it. */
  documentType: string;
  label: string;
  /** The colour of the type's tag in results. */
  tagColour: TagColour;
  /** Facet attributes the type's index offers. */
  facets: readonly string[];
  /** Sorts that mean something for the type, besides relevance. */
  sorts: readonly Exclude<SearchSort, 'RELEVANCE'>[];
}

/**
 * What the web needs to know of each content type's index. Mirrors
 * SEARCH_INDEXES in libs/api/core/search/src/search-indexes.ts: a facet the
 * API adds there must be added here too before it can be filtered by.
 */
export const CONTENT_TYPES: Record<ContentType, ContentTypeInfo> = {
  CASE_STUDY: {
    slug: 'case-study',
    documentType: 'case_study',
    label: 'Case study',
    tagColour: 'green',
    facets: [
      'serviceAreas',
      'objectives',
      'technologies',
      'nation',
      'region',
      'councilType',
      'stage',
      'evidenceLevel',
    ],
    sorts: ['NEWEST', 'LARGEST_SAVINGS', 'NAME'],
  },
  COMPONENT: {
    slug: 'component',
    documentType: 'component',
    label: 'Reusable component',
    tagColour: 'purple',
    facets: ['category', 'licence', 'maturity', 'serviceAreas', 'technologies'],
    sorts: ['NEWEST', 'MOST_ADOPTED', 'NAME'],
  },
  SUPPLIER_EXPERIENCE: {
    slug: 'supplier-experience',
    documentType: 'supplier_experience',
    label: 'Supplier experience',
    tagColour: 'orange',
    facets: ['category', 'supplier', 'routeToMarket', 'ratingBand', 'region', 'councilType'],
    sorts: ['NEWEST', 'NAME'],
  },
  SUPPLIER: {
    slug: 'supplier',
    documentType: 'supplier',
    label: 'Supplier',
    tagColour: 'blue',
    facets: ['category'],
    sorts: ['NAME'],
  },
  PROCUREMENT_GROUP: {
    slug: 'procurement-group',
    documentType: 'procurement_group',
    label: 'Procurement group',
    tagColour: 'teal',
    facets: ['category', 'stage', 'regions'],
    sorts: ['NEWEST', 'NAME'],
  },
  COUNCIL: {
    slug: 'council',
    documentType: 'council',
    label: 'Council',
    tagColour: 'grey',
    facets: ['nation', 'region', 'councilType'],
    sorts: ['NAME'],
  },
};

/** Every content type, in the order the filters list them. */
export const CONTENT_TYPE_KEYS = Object.keys(CONTENT_TYPES) as ContentType[];

/** The content type facet's attribute in search results. */
export const CONTENT_TYPE_ATTRIBUTE = 'type';

export const contentTypeBySlug = (slug: string): ContentType | undefined =>
  CONTENT_TYPE_KEYS.find((key) => CONTENT_TYPES[key].slug === slug);

export const contentTypeByDocumentType = (documentType: string): ContentType | undefined =>
  CONTENT_TYPE_KEYS.find((key) => CONTENT_TYPES[key].documentType === documentType);

/** The content types a search covers: those chosen, or all of them. */
export const searchedTypes = (types: readonly ContentType[]): readonly ContentType[] =>
  types.length > 0 ? types : CONTENT_TYPE_KEYS;

/** Facet attributes that some searched content type offers. */
export function facetsFor(types: readonly ContentType[]): Set<string> {
  return new Set(searchedTypes(types).flatMap((type) => CONTENT_TYPES[type].facets));
}

export const SORT_LABELS: Record<SearchSort, string> = {
  RELEVANCE: 'Relevance',
  NEWEST: 'Newest',
  LARGEST_SAVINGS: 'Largest savings',
  MOST_ADOPTED: 'Most adopted',
  NAME: 'A to Z',
};

/** How each sort is written in the address; relevance is the default and is left out. */
export const SORT_SLUGS: Record<Exclude<SearchSort, 'RELEVANCE'>, string> = {
  NEWEST: 'newest',
  LARGEST_SAVINGS: 'largest-savings',
  MOST_ADOPTED: 'most-adopted',
  NAME: 'name',
};

const SORT_ORDER: SearchSort[] = ['RELEVANCE', 'NEWEST', 'LARGEST_SAVINGS', 'MOST_ADOPTED', 'NAME'];

/**
 * The sorts worth offering: relevance, then those of the chosen types; across
 * every type, only the sorts that make sense for mixed results.
 */
export function sortsFor(types: readonly ContentType[]): SearchSort[] {
  if (types.length === 0) return ['RELEVANCE', 'NEWEST', 'NAME'];
  const offered = new Set<SearchSort>(types.flatMap((type) => CONTENT_TYPES[type].sorts));
  return SORT_ORDER.filter((sort) => sort === 'RELEVANCE' || offered.has(sort));
}
