import { ContractEndingsModule } from '@lgx/api/core/contracts';
import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { OcdsExportController, OcdsExportService } from './ocds';
import { ProcurementGroupController } from './procurement-group/procurement-group.controller';
import { ProcurementGroupEntity } from './procurement-group/procurement-group.entity';
import { ProcurementGroupResolver } from './procurement-group/procurement-group.resolver';
import { ProcurementGroupService } from './procurement-group/procurement-group.service';
import { ProcurementGroupDocumentEntity } from './procurement-group/procurement-group-document.entity';
import { ProcurementGroupMemberEntity } from './procurement-group/procurement-group-member.entity';
import { ProcurementGroupMembershipService } from './procurement-group/procurement-group-membership.service';
import { ProcurementGroupMessageEntity } from './procurement-group/procurement-group-message.entity';
import { ProcurementGroupNotificationService } from './procurement-group/procurement-group-notification.service';
import { ProcurementGroupSearchSource } from './procurement-group/procurement-group-search.source';
import { ProcurementGroupStageChangeEntity } from './procurement-group/procurement-group-stage-change.entity';
import { ProcurementGroupViewerService } from './procurement-group/procurement-group-viewer.service';
import { ProcurementGroupWorkspaceService } from './procurement-group/procurement-group-workspace.service';
import { RadarSuggestionEntity } from './renewal-radar/radar-suggestion.entity';
import { RadarSuggestionService } from './renewal-radar/radar-suggestion.service';
import { RenewalRadarResolver } from './renewal-radar/renewal-radar.resolver';
import { RenewalRadarService } from './renewal-radar/renewal-radar.service';
import { RenewalRadarClock } from './renewal-radar/renewal-radar-clock';
import { RenewalRadarEndingService } from './renewal-radar/renewal-radar-ending.service';

export const PROCUREMENT_ENTITIES = [
  ProcurementGroupEntity,
  ProcurementGroupMemberEntity,
  ProcurementGroupStageChangeEntity,
  ProcurementGroupMessageEntity,
  ProcurementGroupDocumentEntity,
  RadarSuggestionEntity,
];
export const PROCUREMENT_RESOLVERS = [ProcurementGroupResolver, RenewalRadarResolver];

/**
 * Co-procurement groups: councils with the same need pooling demand for a joint bid.
 * The renewal radar reads contract endings from every source registered with
 * ContractEndings (public contracts, supplier experiences); with none, it finds none.
 */
@Module({
  imports: [
    CouncilsCoreModule,
    ContractEndingsModule,
    TypeOrmModule.forFeature(PROCUREMENT_ENTITIES),
  ],
  controllers: [ProcurementGroupController, OcdsExportController],
  providers: [
    ProcurementGroupService,
    ProcurementGroupMembershipService,
    ProcurementGroupViewerService,
    ProcurementGroupWorkspaceService,
    ProcurementGroupNotificationService,
    OcdsExportService,
    RenewalRadarService,
    RenewalRadarClock,
    RenewalRadarEndingService,
    RadarSuggestionService,
    ProcurementGroupSearchSource,
    ...PROCUREMENT_RESOLVERS,
  ],
  exports: [ProcurementGroupService],
})
export class ProcurementModule {}
