import { AUDIT_ENTITIES, AuditModule } from '@lgx/api/core/audit';
import { AuthModule } from '@lgx/api/core/auth';
import { type AppConfig, ConfigModule } from '@lgx/api/core/config';
import { CouncilEntity, CouncilsCoreModule } from '@lgx/api/core/councils';
import type { DatabaseOptions } from '@lgx/api/core/database';
import { DatabaseModule } from '@lgx/api/core/database';
import { LgxGraphQLModule } from '@lgx/api/core/graphql';
import { applyHttpHardening } from '@lgx/api/core/http';
import { JobsModule } from '@lgx/api/core/jobs';
import { MailModule } from '@lgx/api/core/mail';
import { SearchModule } from '@lgx/api/core/search';
import { StorageModule } from '@lgx/api/core/storage';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

export interface FeatureAppOptions {
  /** The feature modules under test. */
  imports: (Type | DynamicModule)[];
  /** The features' entities (the core ones are added). */
  entities: Exclude<DatabaseOptions['entities'], Record<string, unknown>>;
}

@Module({})
class FeatureTestModule {}

/**
 * An app of the core modules (config, database, search, job queue, mail, GraphQL,
 * audit, access guard, council register) plus the given features: what a
 * feature's integration tests boot. The database is already migrated.
 */
export async function createFeatureApp(config: AppConfig, options: FeatureAppOptions) {
  const root: DynamicModule = {
    module: FeatureTestModule,
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot({
        entities: [...AUDIT_ENTITIES, CouncilEntity, ...options.entities],
        migrations: [],
      }),
      SearchModule,
      JobsModule,
      MailModule.forRoot(config),
      StorageModule,
      LgxGraphQLModule.forRoot(),
      AuditModule,
      AuthModule,
      CouncilsCoreModule,
      ...options.imports,
    ],
  };
  // The same HTTP hardening (body limits, headers, rate limits) as the API.
  const app = await NestFactory.create<NestExpressApplication>(root, {
    logger: ['error'],
    bodyParser: false,
  });
  applyHttpHardening(app, config);
  await app.init();
  return app;
}
