import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CouncilEntity } from './council.entity';
import { CouncilDirectory } from './council-directory.service';

/** The council register as reference data every area can read. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CouncilEntity])],
  providers: [CouncilDirectory],
  exports: [CouncilDirectory, TypeOrmModule],
})
export class CouncilsCoreModule {}
