import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { SearchStatusService, type SortKey } from '@lgx/api/core/search';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';

import { SearchFiltersInput, SearchResults, SearchSort, SearchStatus } from './discovery.objects';
import { DiscoveryService } from './discovery.service';

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
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.discovery.search(actor, { query, filters, sort, first, after });
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
