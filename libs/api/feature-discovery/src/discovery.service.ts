import type { Actor } from '@lgx/api/core/auth';
import { CouncilEntity } from '@lgx/api/core/councils';
import { decodeCursor, encodeCursor, ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';
import {
  MAX_SEARCH_PAGE,
  ReaderGroupsRegistry,
  type ReaderScope,
  type SearchRequest,
  SearchService,
  type SortKey,
} from '@lgx/api/core/search';
import { councilsWithin, similarCouncils } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import { componentSignals } from './component-signals';
import {
  CONTENT_TYPES,
  contentTypeOf,
  type SearchFiltersInput,
  type SearchResults,
} from './discovery.objects';

const badInput = (message: string, argumentName: string) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, message, { argumentName });

/** What the reader may see, from who they are (and the private groups their council is in). */
export function readerScope(actor: Actor, groupIds: string[] = []): ReaderScope {
  return {
    officer: Boolean(actor.council) || actor.platformRoles.length > 0,
    councilCode: actor.council?.code,
    groupIds,
  };
}

/** Discovery: one search across every content type, shaped for GraphQL. */
@Injectable()
export class DiscoveryService {
  constructor(
    private readonly searchService: SearchService,
    private readonly readerGroups: ReaderGroupsRegistry,
    @InjectRepository(CouncilEntity) private readonly councils: Repository<CouncilEntity>,
  ) {}

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
    const limit = args.first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_PAGE) {
      throw badInput(`"first" must be a whole number from 1 to ${MAX_SEARCH_PAGE}.`, 'first');
    }
    const offset = args.after ? decodeCursor(args.after, ['number'] as const)[0] : 0;
    if (!Number.isInteger(offset) || offset < 0 || offset > 10_000)
      throw badInput('The "after" cursor is out of range.', 'after');

    const request: SearchRequest = {
      query: args.query ?? '',
      types: args.filters?.types?.map((type) => CONTENT_TYPES[type]),
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
        type: contentTypeOf(hit.type),
        id: hit.id,
        title: hit.title,
        summary: hit.summary,
        url: hit.url,
        councilName: hit.councilName ?? null,
        publishedAt: hit.publishedAt ? new Date(hit.publishedAt * 1000) : null,
        titleHighlight: hit.highlights.title,
        summaryHighlight: hit.highlights.summary,
        ...componentSignals(hit, now),
      },
    }));
    const end = offset + edges.length;
    return {
      edges,
      totalCount: result.total,
      pageInfo: {
        hasNextPage: end < Math.min(result.total, 10_000),
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
