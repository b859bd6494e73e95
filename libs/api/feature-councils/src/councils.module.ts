import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CouncilEntity } from './council.entity';
import { CouncilImportService } from './council-import.service';
import { CouncilsResolver } from './councils.resolver';
import { CouncilsService } from './councils.service';
import { ReferenceDataImportEntity } from './reference-data-import.entity';

export const COUNCIL_ENTITIES = [CouncilEntity, ReferenceDataImportEntity];

@Module({
  imports: [TypeOrmModule.forFeature(COUNCIL_ENTITIES)],
  providers: [CouncilsService, CouncilsResolver, CouncilImportService],
  exports: [CouncilsService, CouncilImportService],
})
export class CouncilsModule {}
