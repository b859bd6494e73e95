import { CouncilEntity, CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CouncilImportService } from './council-import.service';
import { CouncilSearchSource } from './council-search.source';
import { CouncilsResolver } from './councils.resolver';
import { CouncilsService } from './councils.service';
import { ReferenceDataImportEntity } from './reference-data-import.entity';

export const COUNCIL_ENTITIES = [CouncilEntity, ReferenceDataImportEntity];

@Module({
  imports: [CouncilsCoreModule, TypeOrmModule.forFeature(COUNCIL_ENTITIES)],
  providers: [CouncilsService, CouncilsResolver, CouncilImportService, CouncilSearchSource],
  exports: [CouncilsService, CouncilImportService],
})
export class CouncilsModule {}
