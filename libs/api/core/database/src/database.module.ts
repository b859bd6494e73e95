import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { buildDataSourceOptions, type DatabaseOptions } from './data-source-options';
import { runPendingMigrations } from './migration-lock';

@Module({})
export class DatabaseModule {
  /** TypeORM on the configured PostgreSQL; pending migrations run (once, under a lock) when the app starts. */
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
            }),
          dataSourceFactory: async (dataSourceOptions) => {
            const dataSource = await new DataSource(dataSourceOptions!).initialize();
            try {
              await runPendingMigrations(dataSource);
            } catch (error) {
              await dataSource.destroy().catch(() => undefined);
              throw error;
            }
            return dataSource;
          },
        }),
      ],
    };
  }
}
