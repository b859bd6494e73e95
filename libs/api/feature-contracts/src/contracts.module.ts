import { ContractEndingsModule, ContractSyncStatus } from '@lgx/api/core/contracts';
import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ContractBuyerDecisionEntity } from './buyer-decision/contract-buyer-decision.entity';
import { ContractBuyerDecisionResolver } from './buyer-decision/contract-buyer-decision.resolver';
import { ContractBuyerDecisionService } from './buyer-decision/contract-buyer-decision.service';
import { UnmatchedBuyerService } from './buyer-decision/unmatched-buyer.service';
import { ContractSyncScheduler } from './contract-sync/contract-sync.scheduler';
import { ContractSyncService } from './contract-sync/contract-sync.service';
import { ContractSyncStateEntity } from './contract-sync/contract-sync-state.entity';
import { ContractSyncStatusService } from './contract-sync/contract-sync-status.service';
import { ContractImportService } from './contracting-process/contract-import.service';
import { ContractRecordService } from './contracting-process/contract-record.service';
import { ContractReleaseEntity } from './contracting-process/contract-release.entity';
import { ContractSupplierEntity } from './contracting-process/contract-supplier.entity';
import { ContractSupplierLinkService } from './contracting-process/contract-supplier-link.service';
import { ContractingProcessEntity } from './contracting-process/contracting-process.entity';
import { ContractingProcessResolver } from './contracting-process/contracting-process.resolver';
import { ContractingProcessService } from './contracting-process/contracting-process.service';
import { ContractingProcessEndingService } from './contracting-process/contracting-process-ending.service';
import { ContractingProcessSearchSource } from './contracting-process/contracting-process-search.source';

export const CONTRACT_ENTITIES = [
  ContractingProcessEntity,
  ContractReleaseEntity,
  ContractSupplierEntity,
  ContractBuyerDecisionEntity,
  ContractSyncStateEntity,
];

/** Every GraphQL resolver of public contracts (apps/api's schema lists them). */
export const CONTRACT_RESOLVERS = [ContractingProcessResolver, ContractBuyerDecisionResolver];

/** Global so that health can read ContractSyncStatus without importing this feature. */
@Global()
@Module({
  imports: [CouncilsCoreModule, ContractEndingsModule, TypeOrmModule.forFeature(CONTRACT_ENTITIES)],
  providers: [
    ContractingProcessService,
    ContractImportService,
    ContractRecordService,
    ContractSupplierLinkService,
    ContractingProcessSearchSource,
    ContractingProcessEndingService,
    // The admins' queue of buyer names to match by hand.
    UnmatchedBuyerService,
    ContractBuyerDecisionService,
    ...CONTRACT_RESOLVERS,
    ContractSyncService,
    ContractSyncScheduler,
    { provide: ContractSyncStatus, useClass: ContractSyncStatusService },
  ],
  exports: [
    ContractImportService,
    ContractSupplierLinkService,
    ContractSyncService,
    ContractSyncStatus,
  ],
})
export class ContractsModule {}
