import { ContractEndingsModule } from '@lgx/api/core/contracts';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ContractBuyerDecisionEntity } from './buyer-decision/contract-buyer-decision.entity';
import { ContractImportService } from './contracting-process/contract-import.service';
import { ContractReleaseEntity } from './contracting-process/contract-release.entity';
import { ContractSupplierEntity } from './contracting-process/contract-supplier.entity';
import { ContractingProcessEntity } from './contracting-process/contracting-process.entity';
import { ContractingProcessService } from './contracting-process/contracting-process.service';
import { ContractingProcessEndingService } from './contracting-process/contracting-process-ending.service';

export const CONTRACT_ENTITIES = [
  ContractingProcessEntity,
  ContractReleaseEntity,
  ContractSupplierEntity,
  ContractBuyerDecisionEntity,
];

@Module({
  imports: [ContractEndingsModule, TypeOrmModule.forFeature(CONTRACT_ENTITIES)],
  providers: [ContractingProcessService, ContractImportService, ContractingProcessEndingService],
  exports: [ContractImportService],
})
export class ContractsModule {}
