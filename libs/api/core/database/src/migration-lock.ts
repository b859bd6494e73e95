import { type DataSource, type Migration, MigrationExecutor, type QueryRunner } from 'typeorm';

/**
 * The session advisory lock every schema migration of LGX runs under, TypeORM's
 * and the job queue's (class 16 holds LGX's two-key locks; the contracts sync has 16/2).
 */
export const MIGRATION_LOCK = [16, 1] as const;

/**
 * Runs `work` holding the migration lock on a connection of its own, given to
 * `work`: processes starting together take turns, and each after the first finds
 * the schema up to date. A session lock, so a process that dies releases it.
 */
export async function withMigrationLock<T>(
  dataSource: DataSource,
  work: (runner: QueryRunner) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // The pool's lock_timeout (15 s) must not fail a process waiting behind a long migration.
    await runner.query('SET lock_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
    await runner.query('RESET lock_timeout');
    try {
      return await work(runner);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]).catch(() => 0);
    }
  } finally {
    await runner.release();
  }
}

/** Applies the pending migrations of an initialised data source, once however many processes ask at once. */
export async function runPendingMigrations(dataSource: DataSource): Promise<Migration[]> {
  return withMigrationLock(dataSource, async (runner) => {
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = dataSource.options.migrationsTransactionMode ?? 'each';
    return executor.executePendingMigrations();
  });
}
