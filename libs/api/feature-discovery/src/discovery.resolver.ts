import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import type { SortKey } from '@lgx/api/core/search';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';

import { SearchFiltersInput, SearchResults, SearchSort } from './discovery.objects';
import { DiscoveryService } from './discovery.service';

@Resolver()
export class DiscoveryResolver {
  constructor(private readonly discovery: DiscoveryService) {}

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
}
