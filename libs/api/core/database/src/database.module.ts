import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { buildDataSourceOptions, type DatabaseOptions } from './data-source-options';

@Module({})
export class DatabaseModule {
  /** TypeORM on the configured PostgreSQL; pending migrations run when the app starts. */
  static forRoot(options: Pick<DatabaseOptions, 'entities' | 'migrations'>): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            buildDataSourceOptions({
              ...options,
              url: config.database.url,
              poolSize: config.database.poolSize,
              migrationsRun: true,
            }),
        }),
      ],
    };
  }
}
