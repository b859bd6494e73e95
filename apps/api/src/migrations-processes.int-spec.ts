import { readdirSync } from 'node:fs';
import path from 'node:path';

import { createTestConfig, eventually } from '@lgx/api/testing';
import pg from 'pg';

import { startApiProcess } from '../test/api-process';

jest.setTimeout(240_000);

const MIGRATION_FILES = readdirSync(path.join(__dirname, 'migrations')).filter((file) =>
  /^\d+-.+\.ts$/.test(file),
);

/**
 * Three API processes, as a deployment starts them, together on a database
 * nothing has migrated yet: each migration runs once, and none fails.
 */
describe('migrations when several API processes start together', () => {
  it('runs each migration exactly once, and every process becomes ready', async () => {
    const { config, database } = await createTestConfig({ emptyDatabase: true });
    const processes = await Promise.all([1, 2, 3].map(() => startApiProcess(config)));
    const client = new pg.Client({ connectionString: database.url });
    try {
      await Promise.all(processes.map((api) => api.ready()));
      // Each becomes ready: polled, as a load balancer does, since three processes starting
      // on a busy machine may miss the 1 s their dependencies have to answer now and then.
      for (const api of processes)
        await eventually(async () => (await fetch(`${api.url}/health/ready`)).status === 200);

      await client.connect();
      const { rows } = await client.query<{ name: string; times: number }>(
        'SELECT name, count(*)::int AS times FROM migrations GROUP BY name',
      );
      expect(rows).toHaveLength(MIGRATION_FILES.length);
      expect(rows.filter((row) => row.times !== 1)).toEqual([]);
      // The job queue's own schema too: migrated, and by one process (its steps are not repeatable).
      const jobs = await client.query<{ applied: number }>(
        'SELECT count(*)::int AS applied FROM graphile_worker.migrations',
      );
      expect(jobs.rows[0]!.applied).toBeGreaterThan(0);
      const failures = processes.flatMap((api) =>
        api.lines.filter((line) => /failed to start|QueryFailedError|already exists/i.test(line)),
      );
      expect(failures).toEqual([]);
    } finally {
      await client.end().catch(() => undefined);
      await Promise.all(processes.map((api) => api.stop()));
      await database.drop();
    }
  });
});
