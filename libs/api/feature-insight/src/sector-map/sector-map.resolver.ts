import { Access } from '@lgx/api/core/auth';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { SectorMap, SectorMapFilter } from './sector-map.object';
import { SectorMapService } from './sector-map.service';

/** The sector map: aggregates of every council's ambition map, for anyone. */
@Resolver(() => SectorMap)
export class SectorMapResolver {
  constructor(private readonly sector: SectorMapService) {}

  @Access.public()
  @Query(() => SectorMap, {
    description:
      'Per objective and technology: the share of councils seeing high potential, the share planning, and the practice shown. A figure built from fewer than 5 councils is held back (null, with suppressedReason).',
  })
  sectorMap(
    @Args('filter', { type: () => SectorMapFilter, nullable: true })
    filter?: SectorMapFilter | null,
  ) {
    return this.sector.sectorMap(filter);
  }
}
