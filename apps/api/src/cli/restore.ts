/**
 * Restores a backup made by `npm run backup`:
 *
 *   npm run restore -- DIR [--force]
 *
 * Into an empty database only (--force replaces everything in a database that
 * holds data). Stop LGX first. Loads the rows, runs any newer migrations,
 * puts the files back, then rebuilds search from PostgreSQL when Meilisearch
 * is reachable (MEILI_URL and MEILI_MASTER_KEY); otherwise start LGX and run
 * `npm run search -- reindex`.
 */
import 'reflect-metadata';

import path from 'node:path';

import { loadConfig } from '@lgx/api/core/config';

import { rebuildSearch, restoreBackup, RestoreRefused } from '../backup';
import { createApp } from '../bootstrap';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { storageFromEnvironment } from './backup-environment';
import { withDatabase } from './with-database';

async function rebuild(databaseUrl: string): Promise<void> {
  if (!process.env['MEILI_URL'] || !process.env['MEILI_MASTER_KEY']) {
    console.log(
      'Search was not rebuilt (MEILI_URL and MEILI_MASTER_KEY are not set): start LGX, then run `npm run search -- reindex`.',
    );
    return;
  }
  const app = await createApp(
    loadConfig({
      ...process.env,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      SEARCH_INDEXER: 'off',
      JOBS_WORKER: 'off',
    }),
    { importCouncils: false, logger: ['error', 'warn'] },
  );
  try {
    const documents = await rebuildSearch(app);
    for (const [type, count] of Object.entries(documents))
      console.log(`Search ${type}: ${count} documents`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const dirs = args.filter((a) => a !== '--force');
  if (dirs.length !== 1 || dirs[0]!.startsWith('--')) {
    console.error('Usage: npm run restore -- DIR [--force]');
    process.exit(2);
  }
  const dir = path.resolve(dirs[0]!);
  const { storage } = storageFromEnvironment();
  await withDatabase(async (databaseUrl) => {
    const report = await restoreBackup({
      databaseUrl,
      storage,
      dir,
      force,
      entities: ENTITIES,
      migrations: MIGRATIONS,
    });
    const rows = Object.values(report.tables).reduce((sum, n) => sum + n, 0);
    console.log(
      `Restored ${Object.keys(report.tables).length} tables (${rows} rows) and ${report.files} files from ${dir}`,
    );
    if (report.laterMigrations.length > 0)
      console.log(`Then ran newer migrations: ${report.laterMigrations.join(', ')}`);
    await rebuild(databaseUrl);
  });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    error instanceof RestoreRefused ? `Not restored: ${message}` : `Restore failed: ${message}`,
  );
  process.exit(error instanceof RestoreRefused ? 2 : 1);
});
