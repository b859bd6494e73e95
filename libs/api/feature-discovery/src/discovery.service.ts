import type { Actor } from '@lgx/api/core/auth';
import { CouncilEntity } from '@lgx/api/core/councils';
import { decodeCursor, encodeCursor } from '@lgx/api/core/graphql';
import {
  type IndexDefinition,
  ReaderGroupsRegistry,
  type ReaderScope,
  type SearchHitResult,
  type SearchRequest,
  SearchService,
  SearchSourceRegistry,
  type SortKey,
  SORTS,
  SORTS_ACROSS_TYPES,
} from '@lgx/api/core/search';
import {
  councilsWithin,
  SEARCH_MAX_PAGE_SIZE,
  SEARCH_PAGE_SIZE,
  SEARCH_RESULT_CAP,
  similarCouncils,
} from '@lgx/shared/domain';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import { caseStudyHitFigures } from './case-study-figures';
import { componentSignals } from './component-signal';
import { contractHitDetails } from './contract-hit';
import { badInput } from './discovery.errors';
import type { SearchFiltersInput } from './discovery.input';
import {
  contentTypeOf,
  documentTypeOf,
  type SearchContentType,
  type SearchResults,
  type SearchSortOption,
} from './discovery.object';
import { orderWithoutWords, typesListedWithoutWords, withCountedTypes } from './empty-search';
import { feedTypes } from './feed/feed.rules';

/** What the reader may see, from who they are (and the private groups their council is in). */
export function readerScope(actor: Actor, groupIds: string[] = []): ReaderScope {
  return {
    officer: Boolean(actor.council) || actor.platformRoles.length > 0,
    councilCode: actor.council?.code,
    groupIds,
  };
}

/** Every sort, in the order offered, with its label. */
export function searchSorts(): SearchSortOption[] {
  return SORTS.map(({ key, label }) => ({
    key,
    label,
    acrossTypes: SORTS_ACROSS_TYPES.includes(key),
  }));
}

/** A registered index definition as the web reads it. */
function toContentType(definition: IndexDefinition): SearchContentType {
  const offered = new Set(Object.keys(definition.sorts));
  return {
    key: contentTypeOf(definition.type)!,
    label: definition.label,
    facets: definition.facets.map(({ attribute, label }) => ({ attribute, label })),
    sorts: searchSorts().filter((sort) => offered.has(sort.key)),
    feed: feedTypes([definition]).length > 0,
  };
}

/** Discovery: one search across every content type, shaped for GraphQL. */
@Injectable()
export class DiscoveryService implements OnApplicationBootstrap {
  constructor(
    private readonly searchService: SearchService,
    private readonly readerGroups: ReaderGroupsRegistry,
    private readonly sources: SearchSourceRegistry,
    @InjectRepository(CouncilEntity) private readonly councils: Repository<CouncilEntity>,
  ) {}

  /** Once every feature has registered its search source: each type must be in the schema. */
  onApplicationBootstrap(): void {
    const missing = this.sources.types().filter((type) => contentTypeOf(type) === undefined);
    if (missing.length > 0)
      throw new Error(
        `Search content types missing from the GraphQL ContentType enum (discovery.objects.ts): ${missing.join(', ')}`,
      );
  }

  /**
   * The content types this reader can find, in the order they are listed, with
   * their facets and sorts: a type only officers can find is not offered to others.
   */
  contentTypes(actor: Actor): SearchContentType[] {
    const officer = readerScope(actor).officer;
    return this.sources
      .definitions()
      .filter((definition) => definition.readers === 'everyone' || officer)
      .map(toContentType);
  }

  async search(
    actor: Actor,
    args: {
      query?: string | null;
      filters?: SearchFiltersInput | null;
      sort?: SortKey | null;
      first?: number | null;
      after?: string | null;
      /**
       * Only records this council is credited on: leads, co-authors (once it accepted),
       * maintains or bought (a council's feed); never from GraphQL arguments.
       */
      creditedTo?: string;
    },
  ): Promise<SearchResults> {
    const { limit, offset } = pageOf(args);

    const query = args.query?.trim() ?? '';
    const chosenTypes = args.filters?.types?.map(documentTypeOf) ?? [];
    const definitions = this.sources
      .definitions()
      .filter((index) => chosenTypes.length === 0 || chosenTypes.includes(index.type));
    // Without words and without a chosen type, the newest of what councils share: the
    // register (reference data) is only counted, so its type can be chosen.
    const listed =
      query || chosenTypes.length > 0 ? chosenTypes : typesListedWithoutWords(definitions);
    const sort = args.sort ?? 'RELEVANCE';
    const request: SearchRequest = {
      query,
      types: listed,
      facetFilters: args.filters?.facets ?? [],
      sort: sort === 'RELEVANCE' && !query ? orderWithoutWords(definitions) : sort,
      limit,
      offset,
      scope: readerScope(actor, await this.readerGroups.groupIdsOf(actor.council?.code)),
      includeFormer: args.filters?.includeFormer ?? false,
      ...(args.creditedTo ? { creditedTo: args.creditedTo } : {}),
    };
    const councilCodeLists = await this.councilCodeLists(args.filters);
    if (councilCodeLists.length > 0) request.councilCodeLists = councilCodeLists;

    const result = await this.countNotListed(
      request,
      definitions.filter((index) => !listed.includes(index.type)),
    );
    const now = Date.now();
    const edges = result.hits.map((hit, index) => ({
      cursor: encodeCursor([offset + index + 1]),
      node: hitNode(hit, now),
    }));
    const end = offset + edges.length;
    return {
      edges,
      totalCount: result.total,
      pageInfo: {
        hasNextPage: end < Math.min(result.total, SEARCH_RESULT_CAP),
        endCursor: edges.length > 0 ? encodeCursor([end]) : null,
      },
      facets: result.facets,
      processingTimeMs: result.processingTimeMs,
    };
  }

  /** The councils a search is narrowed to: near a council, like a council, or both. */
  private async councilCodeLists(filters: SearchFiltersInput | null | undefined) {
    const lists: string[][] = [];
    const near = filters?.nearCouncil;
    if (near) {
      if (!(near.withinKm >= 1 && near.withinKm <= 500))
        throw badInput('Choose a distance from 1 to 500 km.', 'filters.nearCouncil.withinKm');
      lists.push(await this.councilsNear(near.councilCode, near.withinKm));
    }
    if (filters?.likeCouncil) lists.push(await this.councilsLike(filters.likeCouncil));
    return lists;
  }

  /**
   * The results of the request, with the types it searches all of but does
   * not list (`notListed`: the register, in a search without words) counted
   * in the content type facet.
   */
  private async countNotListed(request: SearchRequest, notListedIndexes: IndexDefinition[]) {
    // Only types that have every chosen filter can be counted under it.
    const notListed = notListedIndexes
      .filter((index) =>
        (request.facetFilters ?? []).every(
          (filter) =>
            filter.values.length === 0 ||
            index.facets.some((facet) => facet.attribute === filter.attribute),
        ),
      )
      .map((index) => index.type);
    if (request.types?.length === 0 || notListed.length === 0)
      return this.searchService.run(request);
    const [result, counted] = await Promise.all([
      this.searchService.run(request),
      this.searchService.run({ ...request, types: notListed, limit: 0, offset: 0 }),
    ]);
    return withCountedTypes(result, request.types ?? [], counted, notListed);
  }

  /** The councils within this distance of this one, and the council itself. */
  private async councilsNear(code: string, km: number): Promise<string[]> {
    const all = await this.councils.find({
      select: { code: true, latitude: true, longitude: true },
    });
    const origin = all.find((council) => council.code === code.trim().toUpperCase());
    if (!origin || origin.latitude === null || origin.longitude === null)
      throw badInput('Choose a council from the register.', 'filters.nearCouncil.councilCode');
    return councilsWithin({ lat: origin.latitude, lng: origin.longitude }, all, km);
  }

  /** The councils most like this one, and the council itself. */
  private async councilsLike(code: string): Promise<string[]> {
    const all = await this.councils.find({
      where: { isCurrent: true },
      select: { code: true, typeCode: true, nation: true, population: true, areaKm2: true },
    });
    const target = all.find((council) => council.code === code.trim().toUpperCase());
    if (!target)
      throw badInput('Choose a current council from the register.', 'filters.likeCouncil');
    return [target.code, ...similarCouncils(target, all, 20)];
  }
}

/** The page asked for: its size and where it starts, each checked. */
function pageOf(args: { first?: number | null; after?: string | null }) {
  const limit = args.first ?? SEARCH_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_PAGE_SIZE) {
    throw badInput(`"first" must be a whole number from 1 to ${SEARCH_MAX_PAGE_SIZE}.`, 'first');
  }
  const offset = args.after ? decodeCursor(args.after, ['number'] as const)[0] : 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > SEARCH_RESULT_CAP)
    throw badInput('The "after" cursor is out of range.', 'after');
  return { limit, offset };
}

/** One search hit as the API shows it. */
export function hitNode(hit: SearchHitResult, now: number) {
  return {
    type: contentTypeOf(hit.type)!,
    id: hit.id,
    title: hit.title,
    summary: hit.summary,
    url: hit.url,
    councilName: hit.councilName ?? null,
    publishedAt: hit.publishedAt ? new Date(hit.publishedAt * 1000) : null,
    titleHighlight: hit.highlights.title,
    summaryHighlight: hit.highlights.summary,
    ...componentSignals(hit, now),
    ...caseStudyHitFigures(hit),
    ...contractHitDetails(hit),
  };
}
