import type { IndexDefinition, SearchResult, SortKey } from '@lgx/api/core/search';
import { CONTENT_TYPE_FACET } from '@lgx/api/core/search';

/**
 * What a search without words lists when no content type is chosen: what
 * councils share, not reference data such as the council register (its type
 * is chosen to list it).
 */
export function typesListedWithoutWords(definitions: IndexDefinition[]): string[] {
  return definitions.filter((definition) => !definition.reference).map((index) => index.type);
}

/**
 * The order of a search without words, where relevance means nothing: the
 * newest first, or by name for types with no date (the council register).
 */
export function orderWithoutWords(definitions: IndexDefinition[]): SortKey {
  return definitions.some((definition) => definition.sorts.NEWEST) ||
    !definitions.some((definition) => definition.sorts.NAME)
    ? 'NEWEST'
    : 'NAME';
}

/**
 * The results, with types that were counted but not listed (`counted`, from a
 * search of those types alone) added to the content type facet, so people can
 * still choose them.
 */
export function withCountedTypes(
  result: SearchResult,
  listedTypes: string[],
  counted: SearchResult,
  countedTypes: string[],
): SearchResult {
  const countOf = (source: SearchResult, types: string[]) => {
    const facet = source.facets.find((f) => f.attribute === CONTENT_TYPE_FACET.attribute);
    if (facet) return facet.values;
    // One type searched alone has no content type facet: its total is its count.
    return types.length === 1 && source.total > 0
      ? [{ value: types[0]!, count: source.total }]
      : [];
  };
  const values = [...countOf(result, listedTypes), ...countOf(counted, countedTypes)].sort(
    (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  );
  if (values.length === 0) return result;
  return {
    ...result,
    facets: [
      { ...CONTENT_TYPE_FACET, values },
      ...result.facets.filter((facet) => facet.attribute !== CONTENT_TYPE_FACET.attribute),
    ],
  };
}
