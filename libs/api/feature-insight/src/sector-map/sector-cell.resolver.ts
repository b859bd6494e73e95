import { Access } from '@lgx/api/core/auth';
import type { StrategicObjective, Technology } from '@lgx/shared/domain';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { StrategicObjectiveEnum, TechnologyEnum } from '../ambition-map/ambition-map.object';
import { SectorCellDetail } from './sector-cell.object';
import { SectorCellService } from './sector-cell.service';
import { SectorMapFilter } from './sector-map.object';

/** One cell of the sector map, opened: for anyone, published material only. */
@Resolver(() => SectorCellDetail)
export class SectorCellResolver {
  constructor(private readonly cells: SectorCellService) {}

  @Access.public()
  @Query(() => SectorCellDetail, {
    description:
      'One objective by technology cell: its figures under the filter (held back like the sector map), and the published case studies, components and willing councils behind it.',
  })
  sectorMapCell(
    @Args('objective', { type: () => StrategicObjectiveEnum }) objective: StrategicObjective,
    @Args('technology', { type: () => TechnologyEnum }) technology: Technology,
    @Args('filter', { type: () => SectorMapFilter, nullable: true })
    filter?: SectorMapFilter | null,
  ) {
    return this.cells.sectorCell(objective, technology, filter);
  }
}
