/**
 * Operations on accounts and council domains from the command line, for the
 * first platform admin and for local set-up:
 *
 *   npm run admin -- add-council-domain DER derby.gov.uk
 *   LGX_NEW_PASSWORD='...' npm run admin -- create-account ada@derby.gov.uk "Ada Lovelace" "Head of digital" [--council-role ADMIN] [--platform-role ADMIN]
 *   npm run admin -- grant-platform-role ada@derby.gov.uk ADMIN
 *   npm run admin -- set-council-role ada@derby.gov.uk EDITOR
 *   npm run admin -- load-sample-procurement-groups
 *   npm run admin -- send-digests DAILY [--at 2026-12-03T07:00:00Z]
 *
 * Uses DATABASE_URL, or the embedded PostgreSQL in the data folder.
 */
import 'reflect-metadata';

import { buildDataSourceOptions, runPendingMigrations } from '@lgx/api/core/database';
import { DataSource } from 'typeorm';

import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { AdminCommandError, runAdminCommand } from './admin-commands';
import { withDatabase } from './with-database';

withDatabase(async (url) => {
  const db = new DataSource(
    buildDataSourceOptions({
      url,
      entities: ENTITIES,
      migrations: MIGRATIONS,
    }),
  );
  await db.initialize();
  await runPendingMigrations(db);
  try {
    console.log(await runAdminCommand(db, process.argv.slice(2)));
  } finally {
    await db.destroy();
  }
}).catch((error: unknown) => {
  // A refused command is the person's to fix (exit 2); anything else failed (exit 1).
  if (error instanceof AdminCommandError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`Failed: ${(error as Error).message}`);
  process.exit(1);
});
