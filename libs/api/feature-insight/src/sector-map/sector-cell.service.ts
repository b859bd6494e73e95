import type { StrategicObjective, Technology } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';

import type { SectorCellDetail } from './sector-cell.object';
import type { SectorMap, SectorMapFilter } from './sector-map.object';
import { sectorFilterOf, SectorMapService } from './sector-map.service';

/**
 * One cell of the sector map opened (issue 18 item 2, decision 0063): its
 * figures come from the sector map itself (same rule), worked out only when
 * asked for (a next page of a list does not need them); its lists are paged
 * by `SectorCellListService`. Private maps and drafts never appear.
 */
@Injectable()
export class SectorCellService {
  constructor(private readonly sector: SectorMapService) {}

  sectorCell(
    objective: StrategicObjective,
    technology: Technology,
    input: SectorMapFilter | null | undefined,
  ): SectorCellDetail {
    let map: Promise<SectorMap> | undefined;
    return {
      objective,
      technology,
      scope: {
        objective,
        technology,
        filter: sectorFilterOf(input),
        measuredOnly: input?.measuredOnly === true,
      },
      map: () => (map ??= this.sector.sectorMap(input)),
    };
  }
}
