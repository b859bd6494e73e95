import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

import type { FileStorage } from '@lgx/api/core/storage';
import pg from 'pg';

import {
  BACKUP_FORMAT,
  type BackupFile,
  type BackupManifest,
  DATA_DIR,
  FILES_DIR,
  MANIFEST_FILE,
  tableFile,
} from './backup-manifest';
import { appliedMigrations, publicTables, quoteIdent, storedFileKeys } from './backup-sql';

export interface BackupOptions {
  databaseUrl: string;
  storage: FileStorage;
  storageKind: 'folder' | 's3';
  outDir: string;
  lgxVersion: string;
}

const BATCH = 1000;

/** Streams one table's rows, as JSON lines, into a gzip file; answers the row count. */
async function dumpTable(client: pg.Client, table: string, file: string): Promise<number> {
  const cursor = `lgx_backup_${table}`;
  await client.query(
    `DECLARE ${quoteIdent(cursor)} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quoteIdent(table)} t`,
  );
  let count = 0;
  async function* lines() {
    for (;;) {
      const { rows } = await client.query<{ row: string }>(
        `FETCH ${BATCH} FROM ${quoteIdent(cursor)}`,
      );
      if (rows.length === 0) return;
      count += rows.length;
      yield rows.map((r) => `${r.row}\n`).join('');
    }
  }
  await pipeline(lines(), createGzip(), createWriteStream(file));
  await client.query(`CLOSE ${quoteIdent(cursor)}`);
  return count;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Copies every file a row points at out of storage, with its checksum. */
async function copyFiles(storage: FileStorage, keys: string[], outDir: string) {
  const files: BackupFile[] = [];
  const missingFiles: string[] = [];
  for (const key of keys) {
    const stream = await storage.open(key);
    if (!stream) {
      missingFiles.push(key);
      continue;
    }
    const content = await readAll(stream);
    const target = path.join(outDir, FILES_DIR, key);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    files.push({
      key,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
  }
  return { files, missingFiles };
}

/**
 * A consistent backup: every table's rows read in one snapshot (a repeatable
 * read, read-only transaction), the sequences, the files the rows point at,
 * then the manifest, written last.
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  await mkdir(path.join(options.outDir, DATA_DIR), { recursive: true });
  try {
    await readFile(path.join(options.outDir, MANIFEST_FILE));
    throw new Error(`${options.outDir} already holds a backup: choose an empty folder.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const client = new pg.Client({
    connectionString: options.databaseUrl,
    application_name: 'lgx-backup',
  });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables: Record<string, number> = {};
    for (const table of await publicTables(client)) {
      tables[table] = await dumpTable(
        client,
        table,
        path.join(options.outDir, DATA_DIR, tableFile(table)),
      );
    }
    const sequences: Record<string, string> = {};
    const { rows } = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    );
    for (const row of rows) if (row.value !== null) sequences[row.name] = row.value;
    const keys = await storedFileKeys(client);
    const migrations = await appliedMigrations(client);
    const version = await client.query<{ v: string }>(`SHOW server_version`);
    // The files are read while the snapshot is held: a file removed since is reported missing.
    const { files, missingFiles } = await copyFiles(options.storage, keys, options.outDir);
    await client.query('COMMIT');
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      lgxVersion: options.lgxVersion,
      postgresVersion: version.rows[0]!.v,
      migrations,
      tables,
      sequences,
      storage: options.storageKind,
      files,
      missingFiles,
    };
    await writeFile(
      path.join(options.outDir, MANIFEST_FILE),
      `${JSON.stringify(manifest, null, 2)}\n`,
    );
    return manifest;
  } finally {
    await client.end();
  }
}
