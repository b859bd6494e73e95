import path from 'node:path';

import { acquireLock, readDevEnvironment, startEmbeddedPostgres } from '@lgx/infra';

/**
 * Runs work against DATABASE_URL, or against the embedded PostgreSQL in the
 * data folder, started for the duration when LGX is not running.
 */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const env = readDevEnvironment();
  if (env.databaseUrl) return work(env.databaseUrl);
  let lock;
  try {
    lock = acquireLock(env.dataDir);
  } catch {
    // LGX is running: use its PostgreSQL.
    return work(
      `postgres://postgres:${encodeURIComponent(env.secrets.postgresPassword)}@127.0.0.1:${env.pgPort}/lgx`,
    );
  }
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(env.dataDir, 'postgres'),
    port: env.pgPort,
    password: env.secrets.postgresPassword,
    database: 'lgx',
  });
  try {
    return await work(postgres.url);
  } finally {
    await postgres.stop();
    lock.release();
  }
}
