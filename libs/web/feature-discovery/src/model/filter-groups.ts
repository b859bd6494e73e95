import { COUNCIL_TYPES, labelOf } from '@lgx/shared/domain';
import type { ContentType, SearchFacetFieldsFragment } from '@lgx/web/data-access';

import {
  CONTENT_TYPE_ATTRIBUTE,
  contentTypeByDocumentType,
  contentTypeKeys,
  contentTypeLabel,
  type SearchCatalogue,
} from './search-catalogue';
import type { SearchState } from './search-state';

/** The parts of a search result that filters are counted from. */
export interface FacetSource {
  totalCount: number;
  facets: SearchFacetFieldsFragment[];
  edges: { node: { type: ContentType } }[];
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

export interface FilterGroup {
  attribute: string;
  label: string;
  options: FilterOption[];
}

/** A facet value as people read it: council type codes become names. */
export function facetValueLabel(attribute: string, value: string): string {
  if (attribute === 'councilType') return labelOf(COUNCIL_TYPES, value) ?? value;
  return value;
}

/** "councilType" as "Council type", for a facet the API has not labelled yet. */
const humanise = (attribute: string) => {
  const words = attribute.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * Results per content type: from the content type facet, or, when only one
 * type was searched (no such facet then), the total of that type.
 */
export function contentTypeCounts(
  source: FacetSource,
  catalogue: SearchCatalogue,
): Partial<Record<ContentType, number>> {
  const facet = source.facets.find((f) => f.attribute === CONTENT_TYPE_ATTRIBUTE);
  const counts: Partial<Record<ContentType, number>> = {};
  if (facet) {
    for (const { value, count } of facet.values) {
      const type = contentTypeByDocumentType(catalogue, value);
      if (type) counts[type] = count;
    }
  } else {
    const only = source.edges[0]?.node.type;
    if (only && source.totalCount > 0) counts[only] = source.totalCount;
  }
  return counts;
}

/**
 * The filters beside the results: content type first, then each facet the
 * API returned, with counts. A filtered facet is counted as if it were not
 * (from `unfiltered`, when loaded), so another of its values can be added;
 * a chosen value always stays on offer, even with no results.
 */
export function filterGroups(
  state: SearchState,
  results: FacetSource | undefined,
  unfiltered: Partial<Record<string, FacetSource>>,
  catalogue: SearchCatalogue,
): FilterGroup[] {
  const groups: FilterGroup[] = [];
  const typeSource = (state.types.length > 0 && unfiltered[CONTENT_TYPE_ATTRIBUTE]) || results;
  const typeCounts = typeSource ? contentTypeCounts(typeSource, catalogue) : {};
  const typeOptions = contentTypeKeys(catalogue)
    .filter((type) => (typeCounts[type] ?? 0) > 0 || state.types.includes(type))
    .map((type) => ({
      value: type,
      label: contentTypeLabel(catalogue, type),
      count: typeCounts[type] ?? 0,
      checked: state.types.includes(type),
    }));
  if (typeOptions.length > 0) {
    const label =
      typeSource?.facets.find((f) => f.attribute === CONTENT_TYPE_ATTRIBUTE)?.label ??
      'Content type';
    groups.push({ attribute: CONTENT_TYPE_ATTRIBUTE, label, options: typeOptions });
  }

  const attributes = [
    ...(results?.facets ?? []).map((facet) => facet.attribute),
    ...state.facets.map((facet) => facet.attribute),
  ].filter(
    (attribute, index, all) =>
      attribute !== CONTENT_TYPE_ATTRIBUTE && all.indexOf(attribute) === index,
  );

  for (const attribute of attributes) {
    const chosen = state.facets.find((facet) => facet.attribute === attribute)?.values ?? [];
    const find = (source: FacetSource | undefined) =>
      source?.facets.find((facet) => facet.attribute === attribute);
    const facet = (chosen.length > 0 ? find(unfiltered[attribute]) : undefined) ?? find(results);
    const options: FilterOption[] = (facet?.values ?? []).map(({ value, count }) => ({
      value,
      label: facetValueLabel(attribute, value),
      count,
      checked: chosen.includes(value),
    }));
    for (const value of chosen)
      if (!options.some((option) => option.value === value))
        options.push({ value, label: facetValueLabel(attribute, value), count: 0, checked: true });
    if (options.length === 0) continue;
    const label = facet?.label ?? find(unfiltered[attribute])?.label ?? humanise(attribute);
    groups.push({ attribute, label, options });
  }
  return groups;
}
