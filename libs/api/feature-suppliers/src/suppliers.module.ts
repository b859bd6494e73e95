import { ContractEndings } from '@lgx/api/core/contracts';
import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CouncilDescriptionsService } from './council-descriptions.service';
import { ExperienceConcernEntity } from './experience-concern.entity';
import { ExperienceModerationService } from './experience-moderation.service';
import { ModerationClock } from './moderation-clock';
import { SupplierEntity } from './supplier.entity';
import { SupplierContractEndings } from './supplier-contract-endings';
import { SupplierExperienceEntity } from './supplier-experience.entity';
import { SupplierExperienceSearchSource } from './supplier-experience-search.source';
import { SupplierExperiencesResolver } from './supplier-experiences.resolver';
import { SupplierExperiencesService } from './supplier-experiences.service';
import { SupplierRatingsService } from './supplier-ratings.service';
import { SupplierSearchSource } from './supplier-search.source';
import { SuppliersResolver } from './suppliers.resolver';
import { SuppliersService } from './suppliers.service';

export const SUPPLIER_ENTITIES = [
  SupplierEntity,
  SupplierExperienceEntity,
  ExperienceConcernEntity,
];
export const SUPPLIER_RESOLVERS = [SuppliersResolver, SupplierExperiencesResolver];

/**
 * Suppliers and supplier experiences. Global so that other features (the
 * procurement renewal radar) can inject ContractEndings without importing it.
 */
@Global()
@Module({
  imports: [CouncilsCoreModule, TypeOrmModule.forFeature(SUPPLIER_ENTITIES)],
  providers: [
    ModerationClock,
    CouncilDescriptionsService,
    SuppliersService,
    SupplierRatingsService,
    SupplierExperiencesService,
    ExperienceModerationService,
    SupplierExperienceSearchSource,
    SupplierSearchSource,
    { provide: ContractEndings, useClass: SupplierContractEndings },
    ...SUPPLIER_RESOLVERS,
  ],
  exports: [ContractEndings],
})
export class SuppliersModule {}
