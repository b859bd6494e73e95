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
 *   npm run admin -- --batch < commands.json   (several at once: see admin-batch.ts)
 *
 * Uses DATABASE_URL, or the embedded PostgreSQL in the data folder.
 */
import 'reflect-metadata';

import { buildDataSourceOptions, runPendingMigrations } from '@lgx/api/core/database';
import { DataSource } from 'typeorm';

import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { parseAdminBatch, runAdminBatch } from './admin-batch';
import { AdminCommandError, runAdminCommand } from './admin-commands';
import { withDatabase } from './with-database';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const argv = process.argv.slice(2);
// A batch is read (and refused if malformed) before the database is touched.
const batch = argv[0] === '--batch' ? readStdin().then(parseAdminBatch) : undefined;
// Handled where it is awaited; this only keeps an early refusal from counting as unhandled.
batch?.catch(() => undefined);

withDatabase(async (url) => {
  const commands = await batch;
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
    if (commands) for (const said of await runAdminBatch(db, commands)) console.log(said);
    else console.log(await runAdminCommand(db, argv));
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
