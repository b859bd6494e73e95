import { CouncilEntity, CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CouncilResolver } from './council.resolver';
import { CouncilService } from './council.service';
import { CouncilImportService } from './council-import.service';
import { CouncilSearchSource } from './council-search.source';
import { ReferenceDataImportEntity } from './reference-data-import.entity';

export const COUNCIL_ENTITIES = [CouncilEntity, ReferenceDataImportEntity];

@Module({
  imports: [CouncilsCoreModule, TypeOrmModule.forFeature(COUNCIL_ENTITIES)],
  providers: [CouncilService, CouncilResolver, CouncilImportService, CouncilSearchSource],
  exports: [CouncilService, CouncilImportService],
})
export class CouncilsModule {}
