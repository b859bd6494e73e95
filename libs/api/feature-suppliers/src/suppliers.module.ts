import { ContractEndingsModule, SupplierDirectoryLinks } from '@lgx/api/core/contracts';
import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CouncilDescriptionService } from './experience/council-description.service';
import { ExperienceEntity } from './experience/experience.entity';
import { ExperienceResolver } from './experience/experience.resolver';
import { ExperienceService } from './experience/experience.service';
import { ExperienceConcernEntity } from './experience/experience-concern.entity';
import { ExperienceModerationResolver } from './experience/experience-moderation.resolver';
import { ExperienceModerationService } from './experience/experience-moderation.service';
import { ExperienceSearchSource } from './experience/experience-search.source';
import { ModerationClock } from './experience/moderation-clock';
import { SupplierEntity } from './supplier/supplier.entity';
import { SupplierResolver } from './supplier/supplier.resolver';
import { SupplierService } from './supplier/supplier.service';
import { SupplierContractEndingService } from './supplier/supplier-contract-ending.service';
import { SupplierDirectoryLinkService } from './supplier/supplier-directory-link.service';
import { SupplierRatingService } from './supplier/supplier-rating.service';
import { SupplierSearchSource } from './supplier/supplier-search.source';

export const SUPPLIER_ENTITIES = [SupplierEntity, ExperienceEntity, ExperienceConcernEntity];
export const SUPPLIER_RESOLVERS = [
  SupplierResolver,
  ExperienceResolver,
  ExperienceModerationResolver,
];

/**
 * Suppliers and supplier experiences. Experiences are a source of contract
 * endings: the procurement renewal radar reads them through ContractEndings.
 * Global so that public contracts can inject SupplierDirectoryLinks without
 * importing this feature.
 */
@Global()
@Module({
  imports: [CouncilsCoreModule, ContractEndingsModule, TypeOrmModule.forFeature(SUPPLIER_ENTITIES)],
  providers: [
    ModerationClock,
    CouncilDescriptionService,
    SupplierService,
    SupplierRatingService,
    ExperienceService,
    ExperienceModerationService,
    ExperienceSearchSource,
    SupplierSearchSource,
    SupplierContractEndingService,
    { provide: SupplierDirectoryLinks, useClass: SupplierDirectoryLinkService },
    ...SUPPLIER_RESOLVERS,
  ],
  exports: [SupplierDirectoryLinks],
})
export class SuppliersModule {}
