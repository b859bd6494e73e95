import { type AppConfig, ConfigModule } from '@lgx/api/core/config';
import type { DatabaseOptions } from '@lgx/api/core/database';
import { DatabaseModule } from '@lgx/api/core/database';
import { LgxGraphQLModule } from '@lgx/api/core/graphql';
import { SearchModule } from '@lgx/api/core/search';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

export interface FeatureAppOptions {
  /** The feature modules under test. */
  imports: (Type | DynamicModule)[];
  entities: DatabaseOptions['entities'];
}

@Module({})
class FeatureTestModule {}

/**
 * An app of the core modules plus the given features: what a feature's
 * integration tests boot. The database is already migrated (from the template).
 */
export async function createFeatureApp(config: AppConfig, options: FeatureAppOptions) {
  const root: DynamicModule = {
    module: FeatureTestModule,
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot({ entities: options.entities, migrations: [] }),
      SearchModule,
      LgxGraphQLModule.forRoot(),
      ...options.imports,
    ],
  };
  const app = await NestFactory.create(root, { logger: ['error'] });
  await app.init();
  return app;
}
