import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { SearchStatusService, type SortKey } from '@lgx/api/core/search';
import { SEARCH_PAGE_SIZE } from '@lgx/shared/domain';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';

import { SearchFiltersInput } from './discovery.input';
import {
  SearchContentType,
  SearchResults,
  SearchSort,
  SearchSortOption,
  SearchStatus,
} from './discovery.object';
import { DiscoveryService, searchSorts } from './discovery.service';

@Resolver()
export class DiscoveryResolver {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly statuses: SearchStatusService,
  ) {}

  @Access.public()
  @Query(() => SearchResults, {
    description:
      'Searches every content type the reader may see: typo-tolerant, in council vocabulary, with facet counts.',
  })
  search(
    @CurrentActor() actor: Actor,
    @Args('query', { type: () => String, nullable: true, defaultValue: '' }) query: string,
    @Args('filters', { type: () => SearchFiltersInput, nullable: true })
    filters: SearchFiltersInput | null,
    @Args('sort', { type: () => SearchSort, nullable: true, defaultValue: 'RELEVANCE' })
    sort: SortKey,
    @Args('first', { type: () => Int, nullable: true, defaultValue: SEARCH_PAGE_SIZE })
    first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.discovery.search(actor, { query, filters, sort, first, after });
  }

  @Access.public()
  @Query(() => [SearchContentType], {
    description:
      'The content types the reader can find, in the order to list them, each with its filters and sorts.',
  })
  searchContentTypes(@CurrentActor() actor: Actor): SearchContentType[] {
    return this.discovery.contentTypes(actor);
  }

  @Access.public()
  @Query(() => [SearchSortOption], {
    description: 'Every way to order search results, in the order to offer them.',
  })
  searchSorts(): SearchSortOption[] {
    return searchSorts();
  }

  @Access.public()
  @Query(() => SearchStatus, {
    description:
      'Whether search answers in full, is still being built (results may be incomplete), or is unavailable.',
  })
  async searchStatus(): Promise<SearchStatus> {
    // Shared for a moment: anyone may ask, and each answer asks Meilisearch and PostgreSQL.
    const { state } = await this.statuses.status(2_000).catch(() => ({
      state: 'unavailable' as const,
    }));
    return { state: state.toUpperCase() as SearchStatus['state'] };
  }
}
