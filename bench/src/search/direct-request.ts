import {
  attributesToRetrieve,
  type IndexDefinition,
  MATCH_END,
  MATCH_START,
  quote,
  type ReaderScope,
  visibilityFilter,
} from '@lgx/api/core/search';
import { documentTypeOf } from '@lgx/api/feature-discovery';
import { councilsWithin, similarCouncils } from '@lgx/shared/domain';

import type { MixQuery } from './query-mix';
import { SEARCH_INDEXES } from './search-indexes';

/** A council as the API reads it for "near" and "like mine". */
export interface CouncilRow {
  code: string;
  typeCode: string;
  nation: string;
  population: number | null;
  areaKm2: number | null;
  latitude: number | null;
  longitude: number | null;
  isCurrent: boolean;
}

export interface DirectRequest {
  path: string;
  body: string;
}

type FacetFilter = NonNullable<MixQuery['facets']>[number];

/** The indexes of the asked types that have every filtered facet. */
function searchedIndexes(entry: MixQuery, facetFilters: FacetFilter[]): IndexDefinition[] {
  const types: string[] | undefined = entry.types?.map(documentTypeOf);
  const chosen = SEARCH_INDEXES.filter((index) => !types?.length || types.includes(index.type));
  const searched = chosen.filter((index) =>
    facetFilters.every((filter) =>
      index.facets.some((facet) => facet.attribute === filter.attribute),
    ),
  );
  if (searched.length === 0)
    throw new Error(`No index can answer "${entry.query}" with its filters`);
  return searched;
}

/** The councils "near" and "like mine" narrow the search to, as councilCode filters. */
function councilFilters(entry: MixQuery, councils: CouncilRow[]): string[] {
  const filters: string[] = [];
  if (entry.nearCouncil) {
    const council = councils.find((row) => row.code === entry.nearCouncil!.councilCode);
    if (!council || council.latitude === null || council.longitude === null)
      throw new Error(`No coordinates for ${entry.nearCouncil.councilCode}`);
    const near = councilsWithin(
      { lat: council.latitude, lng: council.longitude },
      councils,
      entry.nearCouncil.withinKm,
    );
    filters.push(`councilCode IN [${near.map(quote).join(', ')}]`);
  }
  if (entry.likeCouncil) {
    const current = councils.filter((row) => row.isCurrent);
    const target = current.find((row) => row.code === entry.likeCouncil);
    if (!target) throw new Error(`${entry.likeCouncil} is not a current council`);
    const like = [target.code, ...similarCouncils(target, current, 20)];
    filters.push(`councilCode IN [${like.map(quote).join(', ')}]`);
  }
  return filters;
}

/**
 * The request the API sends Meilisearch for this search and reader, built
 * the way SearchService and DiscoveryService build it: the same index uids,
 * visibility and facet filters, "near" and "like mine" councils, facets,
 * highlights, crop, sort and 20 hits. Sent straight to Meilisearch, it shows
 * what the search costs without the API.
 */
export function directRequest(
  entry: MixQuery,
  scope: ReaderScope,
  councils: CouncilRow[],
  indexPrefix: string,
): DirectRequest {
  const uid = (index: IndexDefinition) => `${indexPrefix}${index.name}`;
  const facetFilters = (entry.facets ?? []).filter((filter) => filter.values.length > 0);
  const searched = searchedIndexes(entry, facetFilters);
  const filter = [
    visibilityFilter(scope),
    ...facetFilters.map((f) => `${f.attribute} IN [${f.values.map(quote).join(', ')}]`),
    ...councilFilters(entry, councils),
  ];
  const common = {
    filter: filter.join(' AND '),
    attributesToHighlight: ['title', 'summary'],
    highlightPreTag: MATCH_START,
    highlightPostTag: MATCH_END,
    attributesToCrop: ['summary'],
    cropLength: 40,
  };
  const sortFor = (index: IndexDefinition) =>
    entry.sort && entry.sort !== 'RELEVANCE' ? index.sorts[entry.sort] : undefined;
  const query = entry.query.trim();

  if (searched.length === 1) {
    const index = searched[0]!;
    return {
      path: `/indexes/${uid(index)}/search`,
      body: JSON.stringify({
        q: query,
        ...common,
        attributesToRetrieve: attributesToRetrieve(index),
        facets: index.facets.map((facet) => facet.attribute),
        sort: sortFor(index),
        limit: 20,
        offset: 0,
      }),
    };
  }
  return {
    path: '/multi-search',
    body: JSON.stringify({
      federation: {
        limit: 20,
        offset: 0,
        facetsByIndex: Object.fromEntries(
          searched.map((index) => [
            uid(index),
            ['type', ...index.facets.map((facet) => facet.attribute)],
          ]),
        ),
        mergeFacets: { maxValuesPerFacet: 100 },
      },
      queries: searched.map((index) => ({
        indexUid: uid(index),
        q: query,
        ...common,
        attributesToRetrieve: attributesToRetrieve(index),
        sort: sortFor(index),
      })),
    }),
  };
}

/** Total and hit ids of a Meilisearch answer (single index or federated). */
export function directSummary(text: string): { total: number; ids: string[] } {
  const response = JSON.parse(text) as {
    hits: { id: string }[];
    estimatedTotalHits?: number;
    totalHits?: number;
  };
  return {
    total: response.estimatedTotalHits ?? response.totalHits ?? 0,
    ids: response.hits.map((hit) => String(hit.id)),
  };
}
