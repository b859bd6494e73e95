import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';
import { SEARCH_MAX_FACET_VALUES, SEARCH_MAX_QUERY_LENGTH } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import type { Hit, SearchParams } from 'meilisearch';

import { MATCH_END, MATCH_START, type TextSegment, toSegments } from './highlight';
import { IndexManager } from './index-manager.service';
import { SearchHealth } from './search-availability';
import { SearchClient } from './search-client';
import type { FacetDefinition, IndexDefinition, SortKey } from './search-definition';
import type { SearchDocument } from './search-document';
import { SearchSourceRegistry } from './search-source';
import { quote, type ReaderScope, visibilityFilter } from './search-visibility';

export interface SearchRequest {
  query: string;
  /** Document types to search; all when empty. */
  types?: string[];
  facetFilters?: { attribute: string; values: string[] }[];
  /**
   * Only records of councils in each of these lists ("near my council",
   * "councils like mine"): a record must be of a council in every list.
   */
  councilCodeLists?: string[][];
  /**
   * Only records this council is credited on (their `councilCodes`): what it leads, co-authors
   * or maintains, or bought; a council's feed.
   */
  creditedTo?: string;
  sort?: SortKey;
  limit: number;
  offset: number;
  /** From the reader's identity; never from the request's arguments. */
  scope: ReaderScope;
  /** Also what no longer exists (former councils): left out unless asked for. */
  includeFormer?: boolean;
  /** Only these documents (a saved search run against one new record). */
  ids?: string[];
}

export interface SearchHitResult {
  type: string;
  id: string;
  title: string;
  summary: string;
  url: string;
  councilName?: string;
  publishedAt?: number;
  highlights: { title: TextSegment[]; summary: TextSegment[] };
  /** The type's own hit attributes (IndexDefinition.hitAttributes) the document has. */
  details: Record<string, unknown>;
}

/** What every search result carries, whatever its type. */
export const HIT_ATTRIBUTES = [
  'id',
  'type',
  'title',
  'summary',
  'url',
  'councilName',
  'publishedAt',
];

/** The attributes a search of one index retrieves: the common ones and its type's own. */
export function attributesToRetrieve(index: IndexDefinition): string[] {
  return [...HIT_ATTRIBUTES, ...(index.hitAttributes ?? [])];
}

export interface FacetResult {
  attribute: string;
  label: string;
  values: { value: string; count: number }[];
}

export interface SearchResult {
  total: number;
  hits: SearchHitResult[];
  facets: FacetResult[];
  processingTimeMs: number;
}

/** Across types, results are also counted by content type. */
export const CONTENT_TYPE_FACET: FacetDefinition = { attribute: 'type', label: 'Content type' };

const badInput = (message: string, argumentName: string) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, message, { argumentName });

/**
 * Permission-aware, faceted, typo-tolerant search across every content type:
 * the one way the API reads from Meilisearch, so an engine that cannot answer
 * is always answered SEARCH_UNAVAILABLE.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly search: SearchClient,
    private readonly indexes: IndexManager,
    private readonly health: SearchHealth,
    private readonly sources: SearchSourceRegistry,
  ) {}

  async run(request: SearchRequest): Promise<SearchResult> {
    const query = request.query.trim();
    if (query.length > SEARCH_MAX_QUERY_LENGTH)
      throw badInput(`Search for ${SEARCH_MAX_QUERY_LENGTH} characters or fewer.`, 'query');
    const searched = this.indexesToSearch(request);
    if (searched.length === 0) return noResults();
    if (request.councilCodeLists?.some((codes) => codes.length === 0)) return noResults();

    const common: SearchParams = {
      attributesToHighlight: ['title', 'summary'],
      highlightPreTag: MATCH_START,
      highlightPostTag: MATCH_END,
      attributesToCrop: ['summary'],
      cropLength: 40,
    };
    return searched.length === 1
      ? this.searchOne(searched[0]!, query, common, request)
      : this.searchMany(searched, query, common, request);
  }

  /**
   * The indexes of the chosen types, in facet order, that have every filtered
   * facet (an index without it cannot match). An unknown type or facet, or too
   * many values for one facet, is bad input.
   */
  private indexesToSearch(request: SearchRequest): IndexDefinition[] {
    const definitions = this.sources.definitions();
    const unknownType = request.types?.find(
      (type) => !definitions.some((index) => index.type === type),
    );
    if (unknownType) throw badInput(`"${unknownType}" is not a content type.`, 'filters.types');
    const chosen = definitions
      .filter((index) => !request.types?.length || request.types.includes(index.type))
      .sort((a, b) => a.facetOrder - b.facetOrder);
    const facetFilters = chosenFacetFilters(request);
    // One filter per facet, with all its values: a list of thousands of filters on one facet
    // would make Meilisearch's filter as long, and slow search for everyone.
    if (new Set(facetFilters.map((filter) => filter.attribute)).size < facetFilters.length)
      throw badInput('Give each filter once, with all its chosen values.', 'filters.facets');
    const knownFacets = new Set(
      chosen.flatMap((index) => index.facets.map((facet) => facet.attribute)),
    );
    for (const filter of facetFilters) {
      if (!knownFacets.has(filter.attribute))
        throw badInput(
          `"${filter.attribute}" is not a filter for these results.`,
          'filters.facets',
        );
      if (filter.values.length > SEARCH_MAX_FACET_VALUES)
        throw badInput(
          `Choose at most ${SEARCH_MAX_FACET_VALUES} values for one filter.`,
          'filters.facets',
        );
    }
    return chosen.filter((index) =>
      facetFilters.every((filter) =>
        index.facets.some((facet) => facet.attribute === filter.attribute),
      ),
    );
  }

  private async searchOne(
    index: IndexDefinition,
    query: string,
    common: SearchParams,
    request: SearchRequest,
  ): Promise<SearchResult> {
    const response = await this.health.read(() =>
      this.search.meili.index(this.indexes.uid(index)).search<SearchDocument>(query, {
        ...common,
        ...queryParamsFor(index, request),
        attributesToRetrieve: attributesToRetrieve(index),
        facets: index.facets.map((facet) => facet.attribute),
        limit: request.limit,
        offset: request.offset,
      }),
    );
    return {
      total: response.estimatedTotalHits ?? 0,
      hits: response.hits.map((hit) => toHit(hit, this.sources)),
      facets: toFacets(index.facets, response.facetDistribution),
      processingTimeMs: response.processingTimeMs,
    };
  }

  /** Several indexes in one federated search, with facets merged and counted by type. */
  private async searchMany(
    searched: IndexDefinition[],
    query: string,
    common: SearchParams,
    request: SearchRequest,
  ): Promise<SearchResult> {
    const facetDefinitions = [CONTENT_TYPE_FACET, ...uniqueFacets(searched)];
    const response = await this.health.read(() =>
      this.search.meili.multiSearch<{
        federation: {
          limit: number;
          offset: number;
          facetsByIndex: Record<string, string[]>;
          mergeFacets: { maxValuesPerFacet: number };
        };
        queries: (SearchParams & { indexUid: string })[];
      }>({
        federation: {
          limit: request.limit,
          offset: request.offset,
          facetsByIndex: Object.fromEntries(
            searched.map((index) => [
              this.indexes.uid(index),
              ['type', ...index.facets.map((facet) => facet.attribute)],
            ]),
          ),
          mergeFacets: { maxValuesPerFacet: 100 },
        },
        queries: searched.map((index) => ({
          indexUid: this.indexes.uid(index),
          q: query,
          ...common,
          ...queryParamsFor(index, request),
          attributesToRetrieve: attributesToRetrieve(index),
        })),
      } as never),
    );
    const federated = response as unknown as {
      hits: Hit<SearchDocument>[];
      estimatedTotalHits?: number;
      totalHits?: number;
      facetDistribution?: Record<string, Record<string, number>>;
      processingTimeMs: number;
    };
    return {
      total: federated.estimatedTotalHits ?? federated.totalHits ?? 0,
      hits: federated.hits.map((hit) => toHit(hit, this.sources)),
      facets: toFacets(facetDefinitions, federated.facetDistribution),
      processingTimeMs: federated.processingTimeMs,
    };
  }
}

const noResults = (): SearchResult => ({ total: 0, hits: [], facets: [], processingTimeMs: 0 });

/** The facet filters that choose at least one value. */
function chosenFacetFilters(request: SearchRequest): { attribute: string; values: string[] }[] {
  return (request.facetFilters ?? []).filter((filter) => filter.values.length > 0);
}

/**
 * The Meilisearch filter of one index: what the reader may see, only what
 * exists today (unless former records are asked for), the chosen facet values
 * and the council lists.
 */
function filterFor(index: IndexDefinition, request: SearchRequest): string {
  const filter = [
    visibilityFilter(request.scope),
    ...(index.currentFilter && !request.includeFormer ? [`(${index.currentFilter})`] : []),
    ...chosenFacetFilters(request).map(
      (f) => `${f.attribute} IN [${f.values.map(quote).join(', ')}]`,
    ),
    ...(request.councilCodeLists ?? []).map(
      (codes) => `councilCode IN [${codes.map(quote).join(', ')}]`,
    ),
    ...(request.creditedTo ? [`councilCodes = ${quote(request.creditedTo)}`] : []),
    ...sortFilterFor(index, request),
    ...(request.ids ? [`id IN [${request.ids.map(quote).join(', ')}]`] : []),
  ];
  return filter.join(' AND ');
}

/** What one index's query carries besides the words: its filter, sort and own parameters. */
function queryParamsFor(index: IndexDefinition, request: SearchRequest): SearchParams {
  return {
    ...index.queryParams,
    filter: filterFor(index, request),
    sort: sortFor(index, request),
  };
}

/** The filter the chosen sort brings to this index, if any (ending soonest: not ended yet). */
function sortFilterFor(index: IndexDefinition, request: SearchRequest): string[] {
  if (!request.sort || request.sort === 'RELEVANCE') return [];
  const filter = index.sortFilters?.[request.sort];
  return filter ? [`(${filter(Math.floor(Date.now() / 1000))})`] : [];
}

function sortFor(index: IndexDefinition, request: SearchRequest): string[] | undefined {
  return request.sort && request.sort !== 'RELEVANCE' ? index.sorts[request.sort] : undefined;
}

function toHit(hit: Hit<SearchDocument>, sources: SearchSourceRegistry): SearchHitResult {
  const formatted = (hit._formatted ?? {}) as Partial<Record<'title' | 'summary', string>>;
  return {
    type: hit.type,
    id: String(hit.id),
    title: hit.title,
    summary: hit.summary,
    url: hit.url,
    councilName: hit.councilName,
    publishedAt: hit.publishedAt,
    highlights: {
      title: toSegments(formatted.title ?? hit.title),
      summary: toSegments(formatted.summary ?? hit.summary),
    },
    details: Object.fromEntries(
      (sources.definition(hit.type)?.hitAttributes ?? [])
        .filter((attribute) => hit[attribute] !== undefined)
        .map((attribute) => [attribute, hit[attribute]]),
    ),
  };
}

function uniqueFacets(indexes: IndexDefinition[]): FacetDefinition[] {
  const seen = new Map<string, FacetDefinition>();
  for (const index of indexes)
    for (const facet of index.facets)
      if (!seen.has(facet.attribute)) seen.set(facet.attribute, facet);
  return [...seen.values()];
}

function toFacets(
  definitions: FacetDefinition[],
  distribution: Record<string, Record<string, number>> | undefined,
): FacetResult[] {
  return definitions
    .map((facet) => ({
      attribute: facet.attribute,
      label: facet.label,
      values: Object.entries(distribution?.[facet.attribute] ?? {})
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    }))
    .filter((facet) => facet.values.length > 0);
}
