import type { TestApp } from './test-app';

/**
 * Makes `request` lose a race for a unique value, deterministically: another
 * transaction stores the conflicting row (`conflict`) and stays open, the
 * request looks, sees nothing yet, and its insert waits on that row; the other
 * transaction then commits, so the request's insert fails as it would when two
 * requests arrive at the same moment. `waitsOn` are SQL LIKE patterns of the
 * statement that must be seen waiting on the lock before the commit.
 */
export async function loseRace<T>(
  harness: TestApp,
  conflict: { sql: string; parameters?: unknown[] },
  waitsOn: string[],
  request: () => Promise<T>,
): Promise<T> {
  const other = harness.dataSource.createQueryRunner();
  await other.connect();
  await other.startTransaction();
  await other.query(conflict.sql, conflict.parameters);
  const answer = request();
  const waiting = async () => {
    const [{ count }] = await harness.dataSource.query(
      `SELECT count(*)::int AS count FROM pg_stat_activity
        WHERE wait_event_type = 'Lock' AND query LIKE ANY($1)`,
      [waitsOn],
    );
    return count > 0;
  };
  for (let tries = 0; !(await waiting()) && tries < 200; tries++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  await other.commitTransaction();
  await other.release();
  return answer;
}
