import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { type AppConfig, JOBS_DEFAULTS } from '@lgx/api/core/config';
import { JobQueue } from '@lgx/api/core/jobs';
import { createProbeApp, PROBE_TABLES } from '@lgx/api/core/jobs/testing';
import { createTestConfig, eventually, type TestDatabase } from '@lgx/api/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../../..');
/** How long a closing app gives its jobs in flight. */
const GRACE_MS = 2_000;

/** A worker in a process of its own (test/probe-worker.ts); resolves each line it prints. */
function startChild(config: AppConfig) {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'infra/bin/run.cjs'), 'libs/api/core/jobs/src/test/probe-worker.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: config.database.url,
        MEILI_URL: config.search.url,
        MEILI_MASTER_KEY: config.search.masterKey,
        LGX_SECRET_KEY: config.secretKey.toString('base64url'),
        JOBS_WORKER: 'on',
        LGX_PROBE_HANG: 'on',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    saw: (line: string) => eventually(async () => lines.includes(line), 60_000),
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

describe('the job queue across processes', () => {
  let config: AppConfig;
  let database: TestDatabase;
  // No worker of its own: adds jobs and reads the tables.
  let client: INestApplicationContext;
  let dataSource: DataSource;
  let queue: JobQueue;

  /** An app with a worker; `schedules` opts in to the crontab, off in test apps. */
  const boot = (label: string, { schedules }: { schedules?: boolean } = {}) =>
    createProbeApp(
      {
        ...config,
        jobs: {
          ...JOBS_DEFAULTS,
          pollIntervalMs: 200,
          shutdownGraceMs: GRACE_MS,
          reapIntervalMs: 500,
          schedules,
        },
      },
      label,
    );
  /** Each run of a task's jobs, in the order they were recorded. */
  const runs = async (task: string) =>
    (await dataSource.query(
      `SELECT run.job_id AS "jobId", run.app, run.payload FROM job_probe_run run
        WHERE run.payload->>'task' = $1 OR ($1 = 'probe.tick' AND run.payload ? '_cron')
        ORDER BY run.seq`,
      [task],
    )) as { jobId: string; app: string; payload: Record<string, unknown> }[];
  const knownSchedules = async () =>
    (
      (await dataSource.query(
        `SELECT identifier FROM graphile_worker._private_known_crontabs ORDER BY identifier`,
      )) as { identifier: string }[]
    ).map((row) => row.identifier);
  const jobs = async (task: string) =>
    (await dataSource.query(
      `SELECT id::text, locked_by AS "lockedBy", attempts FROM graphile_worker.jobs
        WHERE task_identifier = $1`,
      [task],
    )) as { id: string; lockedBy: string | null; attempts: number }[];

  beforeAll(async () => {
    ({ config, database } = await createTestConfig());
    // Three processes starting together on a database without the queue's schema: each
    // migrates it, one at a time, and none fails.
    const [first, ...others] = await Promise.all(
      ['client', 'b', 'c'].map((label) =>
        createProbeApp({ ...config, jobs: { ...JOBS_DEFAULTS, workerEnabled: false } }, label),
      ),
    );
    await Promise.all(others.map((other) => other!.close()));
    client = first!;
    dataSource = client.get(DataSource);
    queue = client.get(JobQueue);
    await dataSource.query(PROBE_TABLES);
  });

  afterAll(async () => {
    await client?.close();
    await database?.drop();
  });

  it('two API processes on one database run each job, and each cron tick, exactly once between them', async () => {
    // The schedule was known, and last ran three minutes ago: both processes backfill the ticks since.
    await dataSource.query(
      `INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since, last_execution)
       VALUES ('probe.tick', now() - interval '1 hour', date_trunc('minute', now()) - interval '3 minutes')
       ON CONFLICT (identifier) DO UPDATE
         SET known_since = excluded.known_since, last_execution = excluded.last_execution`,
    );
    const [a, b] = await Promise.all([
      boot('a', { schedules: true }),
      boot('b', { schedules: true }),
    ]);
    try {
      const ids = await Promise.all(
        Array.from({ length: 40 }, (_, n) => queue.add('probe.count', { task: 'probe.count', n })),
      );
      const ran = await eventually(async () => {
        const found = await runs('probe.count');
        return found.length >= 40 && found;
      });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect((await runs('probe.count')).length).toBe(40);
      expect(new Set(ran.map((run) => run.jobId))).toEqual(new Set(ids));

      const ticks = await eventually(async () => {
        const found = await runs('probe.tick');
        return found.length >= 3 && found;
      });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const instants = (await runs('probe.tick')).map(
        (run) => (run.payload['_cron'] as { ts: string }).ts,
      );
      expect(instants.length).toBeGreaterThanOrEqual(3);
      expect(new Set(instants).size).toBe(instants.length);
      expect(ticks.length).toBeLessThanOrEqual(instants.length);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('finishes a job in flight before the app has shut down', async () => {
    const app = await boot('graceful');
    const id = await queue.add('probe.slow', { task: 'probe.slow', ms: 600 });
    await eventually(async () => (await runs('probe.slow')).some((run) => run.jobId === id));
    await app.close();
    expect(
      (await runs('probe.slow'))
        .filter((run) => run.jobId === id)
        .map((run) => run.payload['phase']),
    ).toEqual(['start', 'end']);
    expect(await jobs('probe.slow')).toEqual([]);
  });

  it('stops within its grace when a job will not, and releases that job to run again', async () => {
    const first = await boot('stubborn');
    // A minute on its first attempt, ignoring the abort; quick when run again.
    const id = await queue.add('probe.slow', {
      task: 'probe.stubborn',
      ms: 60_000,
      laterAttemptsMs: 100,
      stubborn: true,
    });
    await eventually(async () => (await runs('probe.stubborn')).length === 1);
    const started = Date.now();
    await first.close();
    // The grace, then no longer: a margin for a busy machine, nowhere near the job's minute.
    expect(Date.now() - started).toBeGreaterThanOrEqual(GRACE_MS - 50);
    expect(Date.now() - started).toBeLessThan(GRACE_MS + 5_000);
    expect(await jobs('probe.slow')).toEqual([expect.objectContaining({ id, lockedBy: null })]);
    const second = await boot('again');
    try {
      const again = await eventually(async () => {
        const found = await runs('probe.stubborn');
        return found.some((run) => run.app === 'again' && run.payload['phase'] === 'end') && found;
      });
      expect(again.filter((run) => run.payload['phase'] === 'start').map((run) => run.app)).toEqual(
        ['stubborn', 'again'],
      );
    } finally {
      await second.close();
    }
  });

  it('runs no crontab schedule in a test app unless the test opts in', async () => {
    const forget = () => dataSource.query(`DELETE FROM graphile_worker._private_known_crontabs`);
    await forget();
    const plain = await boot('plain');
    try {
      // Its worker has started and run a job: a schedule would be known by now.
      const id = await queue.add('probe.count', { task: 'probe.started' });
      await eventually(async () => (await runs('probe.started')).some((run) => run.jobId === id));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await knownSchedules()).toEqual([]);
    } finally {
      await plain.close();
    }
    const opted = await boot('opted', { schedules: true });
    try {
      await eventually(async () => (await knownSchedules()).includes('probe.tick'), 10_000);
    } finally {
      await opted.close();
      await forget();
    }
  });

  it('keeps its workers marked alive when their connection drops (the database restarted)', async () => {
    const app = await boot('reconnecting');
    try {
      const aliveLocks = `FROM pg_locks WHERE locktype = 'advisory' AND classid = 18 AND granted
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
      const holders = async () =>
        (await dataSource.query(`SELECT pid ${aliveLocks}`)) as { pid: number }[];
      const before = await eventually(async () => {
        const found = await holders();
        return found.length >= 2 && found;
      });
      await dataSource.query(`SELECT pg_terminate_backend(pid) ${aliveLocks}`);
      // Taken again, as many, on a new connection.
      const old = new Set(before.map((lock) => lock.pid));
      await eventually(async () => {
        const after = await holders();
        return after.length === before.length && after.every((lock) => !old.has(lock.pid));
      }, 10_000);
    } finally {
      await app.close();
    }
  });

  it('a process killed mid-job leaves the job to run again soon, and a run-once effect is never doubled', async () => {
    const child = startChild(config);
    await child.saw('ready');
    // One digest dies inside its transaction, the other after its transaction committed.
    const alice = await queue.add('probe.digest', { key: 'alice:2026-12-01', hang: 'in-work' });
    const bob = await queue.add('probe.digest', { key: 'bob:2026-12-01', hang: 'after-work' });
    await child.saw('in-work alice:2026-12-01');
    await child.saw('after-work bob:2026-12-01');
    const effects = () =>
      dataSource.query(
        `SELECT key, app FROM job_probe_effect WHERE key LIKE '%:2026-12-01' ORDER BY key`,
      );
    const survivor = await boot('survivor');
    try {
      // A live process's long job is never taken from it, however long it runs.
      await new Promise((resolve) => setTimeout(resolve, 12_000));
      const held = await jobs('probe.digest');
      expect(held.map((job) => job.id).sort()).toEqual([alice, bob].sort());
      expect(held.every((job) => job.lockedBy !== null)).toBe(true);
      expect(await effects()).toEqual([{ key: 'bob:2026-12-01', app: 'child' }]);

      await child.kill();
      // Its jobs run again in the survivor within moments, not graphile-worker's four hours.
      await eventually(async () => (await jobs('probe.digest')).length === 0, 15_000);
      expect(await effects()).toEqual([
        { key: 'alice:2026-12-01', app: 'survivor' },
        { key: 'bob:2026-12-01', app: 'child' },
      ]);
    } finally {
      await child.kill();
      await survivor.close();
    }
  });
});
