import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';

import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  applicationName?: string;
}

/** The one place that decides how LGX talks to PostgreSQL. Schema changes only through migrations. */
export function buildDataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    // Never at initialize(): runPendingMigrations applies them under the migration lock.
    migrationsRun: false,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: options.applicationName ?? 'lgx-api',
    extra: {
      max: options.poolSize ?? 10,
      // A starved pool fails the request fast instead of hanging it for good.
      connectionTimeoutMillis: 10_000,
      // A transaction left open, or a lock waited on for long, is ended by the server.
      options: '-c idle_in_transaction_session_timeout=30000 -c lock_timeout=15000',
    },
    logging: ['error', 'warn', 'migration'],
  };
}
