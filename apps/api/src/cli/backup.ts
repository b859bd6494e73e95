/**
 * Backs LGX up into a new folder:
 *
 *   npm run backup [-- --out DIR]
 *
 * The database (every table, read in one snapshot), the stored files the rows
 * point at, and manifest.json (time, versions, rows per table, files with
 * checksums). Works against DATABASE_URL, a running `npm start`, or the
 * embedded PostgreSQL in the data folder. Search is not backed up: a restore
 * rebuilds it from PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { createBackup } from '../backup';
import { storageFromEnvironment, takeOption } from './backup-environment';
import { withDatabase } from './with-database';

function lgxVersion(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

async function main(): Promise<void> {
  const [out, rest] = takeOption(process.argv.slice(2), '--out');
  if (rest.length > 0 || (process.argv.includes('--out') && !out)) {
    console.error('Usage: npm run backup [-- --out DIR]');
    process.exit(2);
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, 'Z');
  const outDir = path.resolve(out ?? path.join('backups', `lgx-${stamp}`));
  const { storage, kind } = storageFromEnvironment();
  const manifest = await withDatabase((databaseUrl) =>
    createBackup({ databaseUrl, storage, storageKind: kind, outDir, lgxVersion: lgxVersion() }),
  );
  const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
  console.log(
    `Backed up ${Object.keys(manifest.tables).length} tables (${rows} rows) and ${manifest.files.length} files to ${outDir}`,
  );
  if (manifest.missingFiles.length > 0) {
    console.error(
      `Warning: ${manifest.missingFiles.length} files the database points at were not in storage: ${manifest.missingFiles.slice(0, 10).join(', ')}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
