import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ContractBuyerDecisionEntity } from './buyer-decision/contract-buyer-decision.entity';
import { ContractBuyerDecisionResolver } from './buyer-decision/contract-buyer-decision.resolver';
import { ContractBuyerDecisionService } from './buyer-decision/contract-buyer-decision.service';
import { UnmatchedBuyerService } from './buyer-decision/unmatched-buyer.service';
import { ContractImportService } from './contracting-process/contract-import.service';
import { ContractReleaseEntity } from './contracting-process/contract-release.entity';
import { ContractSupplierEntity } from './contracting-process/contract-supplier.entity';
import { ContractingProcessEntity } from './contracting-process/contracting-process.entity';
import { ContractingProcessService } from './contracting-process/contracting-process.service';

export const CONTRACT_ENTITIES = [
  ContractingProcessEntity,
  ContractReleaseEntity,
  ContractSupplierEntity,
  ContractBuyerDecisionEntity,
];

/** Every GraphQL resolver of public contracts (apps/api's schema lists them). */
export const CONTRACT_RESOLVERS = [ContractBuyerDecisionResolver];

@Module({
  imports: [TypeOrmModule.forFeature(CONTRACT_ENTITIES)],
  providers: [
    ContractingProcessService,
    ContractImportService,
    // The admins' queue of buyer names to match by hand.
    UnmatchedBuyerService,
    ContractBuyerDecisionService,
    ...CONTRACT_RESOLVERS,
  ],
  exports: [ContractImportService],
})
export class ContractsModule {}
