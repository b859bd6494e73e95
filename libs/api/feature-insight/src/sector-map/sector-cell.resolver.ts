import { Access } from '@lgx/api/core/auth';
import { PaginationArgs } from '@lgx/api/core/graphql';
import type { StrategicObjective, Technology } from '@lgx/shared/domain';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { StrategicObjectiveEnum, TechnologyEnum } from '../ambition-map/ambition-map.object';
import {
  SectorCellCaseStudyConnection,
  SectorCellComponentConnection,
  SectorCellCouncilConnection,
  SectorCellDetail,
} from './sector-cell.object';
import { SectorCellService } from './sector-cell.service';
import { SectorCellListService } from './sector-cell-list.service';
import { SectorMapCell, SectorMapFilter } from './sector-map.object';

/** One cell of the sector map, opened: for anyone, published material only. */
@Resolver(() => SectorCellDetail)
export class SectorCellResolver {
  constructor(
    private readonly cells: SectorCellService,
    private readonly lists: SectorCellListService,
  ) {}

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
  ): SectorCellDetail {
    return this.cells.sectorCell(objective, technology, filter);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Councils within the filter that answered the map; null when held back.',
  })
  async councilsAnswered(@Parent() cell: SectorCellDetail) {
    return (await cell.map()).councilsAnswered;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why every council-answer figure is held back; null when shown.',
  })
  async suppressedReason(@Parent() cell: SectorCellDetail) {
    return (await cell.map()).suppressedReason;
  }

  @ResolveField(() => SectorMapCell, {
    description: 'The sector map’s own cell under the same filter (the same small-number rule).',
  })
  async figures(@Parent() cell: SectorCellDetail) {
    const map = await cell.map();
    return map.cells.find(
      (one) => one.objective === cell.objective && one.technology === cell.technology,
    )!;
  }

  @ResolveField(() => SectorCellCaseStudyConnection, {
    description:
      'Published case studies tagged with both, led by a council within the filter: newest published first, then by id.',
  })
  caseStudies(@Parent() cell: SectorCellDetail, @Args() page: PaginationArgs) {
    return this.lists.caseStudies(cell.scope, page);
  }

  @ResolveField(() => SectorCellComponentConnection, {
    description:
      'Published components with the technology, tied to the cell by an adoption for one of its case studies or given as evidence on a published map: by name.',
  })
  components(@Parent() cell: SectorCellDetail, @Args() page: PaginationArgs) {
    return this.lists.components(cell.scope, page);
  }

  @ResolveField(() => SectorCellCouncilConnection, {
    description:
      'Councils that made public that they have done or are doing this: lead councils of its case studies, and published maps piloting or live with published evidence. By name.',
  })
  willingCouncils(@Parent() cell: SectorCellDetail, @Args() page: PaginationArgs) {
    return this.lists.willingCouncils(cell.scope, page);
  }
}
