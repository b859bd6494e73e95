import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { GroupMembershipService } from './group-membership.service';
import { GroupNotifications } from './group-notifications.service';
import { GroupViewerService } from './group-viewer.service';
import { GroupWorkspaceService } from './group-workspace.service';
import { OcdsExportService } from './ocds/ocds-export.service';
import { ProcurementGroupEntity } from './procurement-group.entity';
import { ProcurementGroupDocumentEntity } from './procurement-group-document.entity';
import { ProcurementGroupMemberEntity } from './procurement-group-member.entity';
import { ProcurementGroupMessageEntity } from './procurement-group-message.entity';
import { ProcurementGroupSearchSource } from './procurement-group-search.source';
import { ProcurementGroupStageChangeEntity } from './procurement-group-stage-change.entity';
import { ProcurementGroupsController } from './procurement-groups.controller';
import { ProcurementGroupsResolver } from './procurement-groups.resolver';
import { ProcurementGroupsService } from './procurement-groups.service';
import { RadarClock } from './radar-clock';
import { RenewalRadarResolver } from './renewal-radar.resolver';
import { RenewalRadarService } from './renewal-radar.service';

export const PROCUREMENT_ENTITIES = [
  ProcurementGroupEntity,
  ProcurementGroupMemberEntity,
  ProcurementGroupStageChangeEntity,
  ProcurementGroupMessageEntity,
  ProcurementGroupDocumentEntity,
];
export const PROCUREMENT_RESOLVERS = [ProcurementGroupsResolver, RenewalRadarResolver];

/**
 * Co-procurement groups: councils with the same need pooling demand for a joint bid.
 * The renewal radar needs a ContractEndings provider (supplier experiences give one).
 */
@Module({
  imports: [CouncilsCoreModule, TypeOrmModule.forFeature(PROCUREMENT_ENTITIES)],
  controllers: [ProcurementGroupsController],
  providers: [
    ProcurementGroupsService,
    GroupMembershipService,
    GroupViewerService,
    GroupWorkspaceService,
    GroupNotifications,
    OcdsExportService,
    RenewalRadarService,
    RadarClock,
    ProcurementGroupSearchSource,
    ...PROCUREMENT_RESOLVERS,
  ],
  exports: [ProcurementGroupsService],
})
export class ProcurementModule {}
