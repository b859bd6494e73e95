import type { ContentType, SearchOptionsQuery, SearchSort } from '@lgx/web/data-access';

/**
 * What the API says search offers this reader: the content types they can
 * find, in the order to list them, with each one's facets and sorts, and
 * every sort with its label. The web keeps no copy of it.
 */
export type SearchCatalogue = SearchOptionsQuery;

export type TagColour = 'grey' | 'green' | 'purple' | 'orange' | 'teal' | 'blue';

/** The colour of a type's tag in results: presentation only, grey for a type not named here. */
const TAG_COLOURS: Partial<Record<ContentType, TagColour>> = {
  CASE_STUDY: 'green',
  COMPONENT: 'purple',
  SUPPLIER_EXPERIENCE: 'orange',
  SUPPLIER: 'blue',
  PROCUREMENT_GROUP: 'teal',
};

export const tagColourOf = (type: ContentType): TagColour => TAG_COLOURS[type] ?? 'grey';

/** The content type facet's attribute in search results. */
export const CONTENT_TYPE_ATTRIBUTE = 'type';

/** How a type is written in the address: `type=case-study` for CASE_STUDY. */
export const contentTypeSlug = (type: ContentType): string => type.toLowerCase().replace(/_/g, '-');

/** How a sort is written in the address: `sort=largest-savings` for LARGEST_SAVINGS. */
export const sortSlug = (sort: SearchSort): string => sort.toLowerCase().replace(/_/g, '-');

/** Every content type the reader can find, in the order the filters list them. */
export const contentTypeKeys = (catalogue: SearchCatalogue): ContentType[] =>
  catalogue.searchContentTypes.map((type) => type.key);

export const contentTypeBySlug = (
  catalogue: SearchCatalogue,
  slug: string,
): ContentType | undefined =>
  contentTypeKeys(catalogue).find((key) => contentTypeSlug(key) === slug);

/** The content type of a search document's `type` (case_study is CASE_STUDY). */
export const contentTypeByDocumentType = (
  catalogue: SearchCatalogue,
  documentType: string,
): ContentType | undefined =>
  contentTypeKeys(catalogue).find((key) => key.toLowerCase() === documentType);

/** A content type's label, as the API gives it (its name in capitals, in words, otherwise). */
export function contentTypeLabel(catalogue: SearchCatalogue, type: ContentType): string {
  const known = catalogue.searchContentTypes.find((entry) => entry.key === type)?.label;
  if (known) return known;
  const words = type.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The content types a search covers: those chosen, or all of them. */
export const searchedTypes = (
  catalogue: SearchCatalogue,
  types: readonly ContentType[],
): readonly ContentType[] => (types.length > 0 ? types : contentTypeKeys(catalogue));

/** Facet attributes that some searched content type offers. */
export function facetsFor(catalogue: SearchCatalogue, types: readonly ContentType[]): Set<string> {
  const searched = searchedTypes(catalogue, types);
  return new Set(
    catalogue.searchContentTypes
      .filter((type) => searched.includes(type.key))
      .flatMap((type) => type.facets.map((facet) => facet.attribute)),
  );
}

/** A sort's label, as the API gives it. */
export const sortLabel = (catalogue: SearchCatalogue, sort: SearchSort): string =>
  catalogue.searchSorts.find((option) => option.key === sort)?.label ?? sort;

/**
 * The sorts worth offering: relevance, then those of the chosen types; across
 * every type, only the sorts that make sense for mixed results.
 */
export function sortsFor(catalogue: SearchCatalogue, types: readonly ContentType[]): SearchSort[] {
  if (types.length === 0)
    return catalogue.searchSorts.filter((sort) => sort.acrossTypes).map((sort) => sort.key);
  const offered = new Set<SearchSort>(
    catalogue.searchContentTypes
      .filter((type) => types.includes(type.key))
      .flatMap((type) => type.sorts.map((sort) => sort.key)),
  );
  return catalogue.searchSorts
    .map((sort) => sort.key)
    .filter((sort) => sort === 'RELEVANCE' || offered.has(sort));
}

/** Every sort the reader could ask for, whatever the types: those the address may name. */
export const knownSorts = (catalogue: SearchCatalogue): SearchSort[] =>
  catalogue.searchSorts.map((sort) => sort.key);
