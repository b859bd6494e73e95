import { type AppConfig, ConfigModule } from '@lgx/api/core/config';
import { DatabaseModule } from '@lgx/api/core/database';
import { LgxGraphQLModule } from '@lgx/api/core/graphql';
import { SearchModule } from '@lgx/api/core/search';
import { CouncilsModule } from '@lgx/api/feature-councils';
import { HealthModule } from '@lgx/api/feature-health';
import { type DynamicModule, Module } from '@nestjs/common';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS }),
        SearchModule,
        LgxGraphQLModule.forRoot(),
        HealthModule,
        CouncilsModule,
      ],
    };
  }
}
