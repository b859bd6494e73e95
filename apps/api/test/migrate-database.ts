import {
  buildDataSourceOptions,
  runPendingMigrations,
  withMigrationLock,
} from '@lgx/api/core/database';
import { Logger, runMigrations } from 'graphile-worker';
import { DataSource } from 'typeorm';

import { MIGRATIONS } from '../src/migrations';

/**
 * Applies every migration of the API to the database at url. Entities are not
 * loaded: migrations are plain SQL, and loading the features here (outside
 * Jest's sandbox) would register their GraphQL types in the wrong realm.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const dataSource = new DataSource(
    buildDataSourceOptions({ url, entities: [], migrations: MIGRATIONS }),
  );
  await dataSource.initialize();
  try {
    await runPendingMigrations(dataSource);
    // The job queue's own schema too, so each test app's start finds it up to date.
    await withMigrationLock(dataSource, () =>
      runMigrations({ connectionString: url, logger: new Logger(() => () => undefined) }),
    );
  } finally {
    await dataSource.destroy();
  }
}
