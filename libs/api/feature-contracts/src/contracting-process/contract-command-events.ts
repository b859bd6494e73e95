import type { LgxEvents } from '@lgx/api/core/contracts';
import { JobQueue, QueuedLgxEvents } from '@lgx/api/core/jobs';
import type { DataSource } from 'typeorm';

/**
 * The events of a contracts command run outside the API (`npm run
 * import:contracts`): recorded on the job queue, as the API records them,
 * when the queue is installed. The API installs it when it first starts,
 * and no one can follow anything before that, so a first load into a fresh
 * database has no one to tell: it then records nothing (and says so).
 */
export async function contractCommandEvents(
  dataSource: DataSource,
  say: (line: string) => void = () => undefined,
): Promise<LgxEvents | undefined> {
  const [{ installed }] = (await dataSource.query(
    `SELECT to_regnamespace('graphile_worker') IS NOT NULL AS installed`,
  )) as { installed: boolean }[];
  if (installed) return new QueuedLgxEvents(new JobQueue(dataSource));
  say(
    'The job queue is not installed yet (the API installs it): no one to tell of these contracts.',
  );
  return undefined;
}
