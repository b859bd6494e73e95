import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AmbitionCellEntity } from './ambition-map/ambition-cell.entity';
import { AmbitionEvidenceFinder } from './ambition-map/ambition-evidence';
import { AmbitionMapEntity } from './ambition-map/ambition-map.entity';
import { AmbitionMapResolver } from './ambition-map/ambition-map.resolver';
import { AmbitionMapService } from './ambition-map/ambition-map.service';
import { AmbitionMapListService } from './ambition-map/ambition-map-list.service';
import { AmbitionMapVersionEntity } from './ambition-map/ambition-map-version.entity';
import { AmbitionObjectiveEntity } from './ambition-map/ambition-objective.entity';
import { BusinessCaseController } from './business-case/business-case.controller';
import { BusinessCaseResolver } from './business-case/business-case.resolver';
import { BusinessCaseService } from './business-case/business-case.service';
import { PeersResolver } from './peers/peers.resolver';
import { PeersService } from './peers/peers.service';
import { SectorCellResolver } from './sector-map/sector-cell.resolver';
import { SectorCellService } from './sector-map/sector-cell.service';
import { SectorCellListService } from './sector-map/sector-cell-list.service';
import { SectorMapResolver } from './sector-map/sector-map.resolver';
import { SectorMapService } from './sector-map/sector-map.service';

export const INSIGHT_ENTITIES = [
  AmbitionMapEntity,
  AmbitionObjectiveEntity,
  AmbitionCellEntity,
  AmbitionMapVersionEntity,
];
export const INSIGHT_RESOLVERS = [
  AmbitionMapResolver,
  SectorMapResolver,
  PeersResolver,
  SectorCellResolver,
  BusinessCaseResolver,
];

/**
 * Insight (issue 18): where digital could help, where councils are. For now a
 * council's own digital ambition map (decision 0056); never indexed for search.
 */
@Module({
  imports: [CouncilsCoreModule, TypeOrmModule.forFeature(INSIGHT_ENTITIES)],
  providers: [
    AmbitionEvidenceFinder,
    AmbitionMapService,
    AmbitionMapListService,
    SectorMapService,
    PeersService,
    SectorCellService,
    SectorCellListService,
    BusinessCaseService,
    ...INSIGHT_RESOLVERS,
  ],
  controllers: [BusinessCaseController],
})
export class InsightModule {}
