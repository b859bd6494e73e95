import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ContractBuyerDecisionEntity } from './buyer-decision/contract-buyer-decision.entity';
import { ContractImportService } from './contracting-process/contract-import.service';
import { ContractRecordService } from './contracting-process/contract-record.service';
import { ContractReleaseEntity } from './contracting-process/contract-release.entity';
import { ContractSupplierEntity } from './contracting-process/contract-supplier.entity';
import { ContractSupplierLinkService } from './contracting-process/contract-supplier-link.service';
import { ContractingProcessEntity } from './contracting-process/contracting-process.entity';
import { ContractingProcessResolver } from './contracting-process/contracting-process.resolver';
import { ContractingProcessService } from './contracting-process/contracting-process.service';

export const CONTRACT_ENTITIES = [
  ContractingProcessEntity,
  ContractReleaseEntity,
  ContractSupplierEntity,
  ContractBuyerDecisionEntity,
];

export const CONTRACT_RESOLVERS = [ContractingProcessResolver];

@Module({
  imports: [CouncilsCoreModule, TypeOrmModule.forFeature(CONTRACT_ENTITIES)],
  providers: [
    ContractingProcessService,
    ContractImportService,
    ContractRecordService,
    ContractSupplierLinkService,
    ...CONTRACT_RESOLVERS,
  ],
  exports: [ContractImportService, ContractSupplierLinkService],
})
export class ContractsModule {}
