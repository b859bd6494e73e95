import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

import {
  buildDataSourceOptions,
  type DatabaseOptions,
  runPendingMigrations,
} from '@lgx/api/core/database';
import type { FileStorage } from '@lgx/api/core/storage';
import pg from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';

import {
  BACKUP_FORMAT,
  type BackupManifest,
  DATA_DIR,
  FILES_DIR,
  MANIFEST_FILE,
  tableFile,
} from './backup-manifest';
import { appliedMigrations, insertableColumns, publicTables, quoteIdent } from './backup-sql';

/** A restore that would lose data or cannot be done: nothing was changed. */
export class RestoreRefused extends Error {}

export interface RestoreOptions {
  databaseUrl: string;
  storage: FileStorage;
  dir: string;
  /** Replace whatever the database holds (its public schema is dropped). */
  force?: boolean;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
}

export interface RestoreReport {
  tables: Record<string, number>;
  files: number;
  /** Migrations newer than the backup, run after its rows were loaded. */
  laterMigrations: string[];
}

const BATCH = 500;

/** Reads and checks the manifest and every file's checksum before anything is changed. */
export async function readBackup(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as BackupManifest;
  } catch {
    throw new RestoreRefused(
      `${dir} is not a complete LGX backup: it has no readable ${MANIFEST_FILE}.`,
    );
  }
  if (manifest.format !== BACKUP_FORMAT)
    throw new RestoreRefused(
      `${dir} is a ${manifest.format} backup; this LGX reads ${BACKUP_FORMAT}.`,
    );
  for (const file of manifest.files) {
    const content = await readFile(path.join(dir, FILES_DIR, file.key)).catch(() => undefined);
    if (!content || createHash('sha256').update(content).digest('hex') !== file.sha256)
      throw new RestoreRefused(`The backup's copy of ${file.key} is missing or damaged.`);
  }
  return manifest;
}

async function dataSourceFor(options: RestoreOptions, migrations: DatabaseOptions['migrations']) {
  const dataSource = new DataSource(
    buildDataSourceOptions({
      url: options.databaseUrl,
      entities: options.entities,
      migrations,
      applicationName: 'lgx-restore',
    }),
  );
  await dataSource.initialize();
  return dataSource;
}

const nameOf = (m: MigrationInterface): string => m.name ?? m.constructor.name;

/** Splits this LGX's migrations into the backup's and later ones; refuses a backup from a newer LGX. */
async function planMigrations(options: RestoreOptions, wanted: string[]) {
  const all = await dataSourceFor(options, options.migrations);
  const known = all.migrations;
  await all.destroy();
  const names = new Set(known.map(nameOf));
  const unknown = wanted.filter((name) => !names.has(name));
  if (unknown.length > 0)
    throw new RestoreRefused(
      `The backup was made by a newer LGX (migrations ${unknown.join(', ')} are unknown here): restore it with that version or later.`,
    );
  return {
    backup: known.filter((m) => wanted.includes(nameOf(m))),
    later: known.filter((m) => !wanted.includes(nameOf(m))),
  };
}

/** Runs exactly these migrations (the backup's), so its rows fit the schema they came from. */
async function runMigrations(options: RestoreOptions, migrations: MigrationInterface[]) {
  const dataSource = await dataSourceFor(
    options,
    migrations.map((m) => m.constructor),
  );
  try {
    await runPendingMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function refuseUnlessEmpty(client: pg.Client, options: RestoreOptions): Promise<void> {
  const tables = await publicTables(client);
  const migrations = await appliedMigrations(client);
  if (tables.length === 0 && migrations.length === 0) return;
  if (!options.force)
    throw new RestoreRefused(
      `The database is not empty (${tables.length} tables, ${migrations.length} migrations applied). Restore into a new, empty database, or pass --force to replace everything in this one.`,
    );
  await client.query('DROP SCHEMA public CASCADE');
  await client.query('CREATE SCHEMA public');
}

async function loadTable(client: pg.Client, dir: string, table: string): Promise<number> {
  const columns = (await insertableColumns(client, table)).map(quoteIdent).join(', ');
  const insert = `INSERT INTO ${quoteIdent(table)} (${columns}) OVERRIDING SYSTEM VALUE
    SELECT ${columns} FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`;
  const lines = createInterface({
    input: createReadStream(path.join(dir, DATA_DIR, tableFile(table))).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  let batch: string[] = [];
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(insert, [`[${batch.join(',')}]`]);
    count += batch.length;
    batch = [];
  };
  for await (const line of lines) {
    if (line.length === 0) continue;
    batch.push(line);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return count;
}

/** Loads every table's rows and the sequences, in one transaction, with triggers and keys checked off. */
async function loadRows(client: pg.Client, dir: string, manifest: BackupManifest) {
  const tables: Record<string, number> = {};
  await client.query('BEGIN');
  try {
    // Rows go in table by table, so foreign keys are checked only once everything is in.
    await client.query(`SET LOCAL session_replication_role = replica`).catch((error: unknown) => {
      throw (error as { code?: string }).code === '42501'
        ? new Error(
            'The database role may not turn triggers off while loading (session_replication_role): restore as the database owner or a superuser.',
          )
        : error;
    });
    const present = await publicTables(client);
    if (present.length > 0)
      await client.query(`TRUNCATE ${present.map(quoteIdent).join(', ')} CASCADE`);
    for (const table of Object.keys(manifest.tables)) {
      tables[table] = await loadTable(client, dir, table);
      if (tables[table] !== manifest.tables[table])
        throw new RestoreRefused(
          `The backup's ${table} rows are incomplete: ${tables[table]} of ${manifest.tables[table]}.`,
        );
    }
    for (const [sequence, value] of Object.entries(manifest.sequences))
      await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [
        quoteIdent(sequence),
        value,
      ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return tables;
}

/**
 * Restores a backup into an empty database (or, with force, over one):
 * the schema at the backup's migrations, its rows and sequences, any newer
 * migrations, then its files. Search is rebuilt afterwards by the caller
 * (rebuildSearch), from the restored rows.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const manifest = await readBackup(options.dir);
  const plan = await planMigrations(options, manifest.migrations);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  let tables: Record<string, number>;
  try {
    await refuseUnlessEmpty(client, options);
    await runMigrations(options, plan.backup);
    tables = await loadRows(client, options.dir, manifest);
  } finally {
    await client.end();
  }
  if (plan.later.length > 0) await runMigrations(options, [...plan.backup, ...plan.later]);
  for (const file of manifest.files)
    await options.storage.put(
      file.key,
      await readFile(path.join(options.dir, FILES_DIR, file.key)),
    );
  return {
    tables,
    files: manifest.files.length,
    laterMigrations: plan.later.map(nameOf),
  };
}
