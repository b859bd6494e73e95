import type { Actor } from '@lgx/api/core/auth';
import { CouncilEntity } from '@lgx/api/core/councils';
import { decodeCursor, encodeCursor } from '@lgx/api/core/graphql';
import {
  type IndexDefinition,
  ReaderGroupsRegistry,
  type ReaderScope,
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
import { badInput } from './discovery.errors';
import type { SearchFiltersInput } from './discovery.input';
import {
  contentTypeOf,
  documentTypeOf,
  type SearchContentType,
  type SearchResults,
  type SearchSortOption,
} from './discovery.object';

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
    },
  ): Promise<SearchResults> {
    const limit = args.first ?? SEARCH_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_PAGE_SIZE) {
      throw badInput(`"first" must be a whole number from 1 to ${SEARCH_MAX_PAGE_SIZE}.`, 'first');
    }
    const offset = args.after ? decodeCursor(args.after, ['number'] as const)[0] : 0;
    if (!Number.isInteger(offset) || offset < 0 || offset > SEARCH_RESULT_CAP)
      throw badInput('The "after" cursor is out of range.', 'after');

    const request: SearchRequest = {
      query: args.query ?? '',
      types: args.filters?.types?.map(documentTypeOf),
      facetFilters: args.filters?.facets ?? [],
      sort: args.sort ?? 'RELEVANCE',
      limit,
      offset,
      scope: readerScope(actor, await this.readerGroups.groupIdsOf(actor.council?.code)),
    };
    const near = args.filters?.nearCouncil;
    if (near) {
      if (!(near.withinKm >= 1 && near.withinKm <= 500))
        throw badInput('Choose a distance from 1 to 500 km.', 'filters.nearCouncil.withinKm');
      request.councilCodeLists = [await this.councilsNear(near.councilCode, near.withinKm)];
    }
    if (args.filters?.likeCouncil)
      request.councilCodeLists = [
        ...(request.councilCodeLists ?? []),
        await this.councilsLike(args.filters.likeCouncil),
      ];

    const result = await this.searchService.run(request);
    const now = Date.now();
    const edges = result.hits.map((hit, index) => ({
      cursor: encodeCursor([offset + index + 1]),
      node: {
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
      },
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
