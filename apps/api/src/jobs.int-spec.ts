import { type AppConfig, JOBS_DEFAULTS } from '@lgx/api/core/config';
import { LgxEvents } from '@lgx/api/core/contracts';
import { JobQueue, JobQueueStatus, JobRunOnce } from '@lgx/api/core/jobs';
import { createProbeApp, PROBE_TABLES } from '@lgx/api/core/jobs/testing';
import { createTestConfig, eventually, type TestDatabase } from '@lgx/api/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

jest.setTimeout(90_000);

describe('the job queue (graphile-worker on PostgreSQL)', () => {
  let config: AppConfig;
  let database: TestDatabase;
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let queue: JobQueue;

  const boot = (label: string, workerEnabled = true) =>
    createProbeApp(
      {
        ...config,
        jobs: { ...JOBS_DEFAULTS, workerEnabled, pollIntervalMs: 200, shutdownGraceMs: 2_000 },
      },
      label,
    );
  const runs = async (where = 'true', values: unknown[] = []) =>
    (await dataSource.query(
      `SELECT job_id AS "jobId", app, payload FROM job_probe_run WHERE ${where} ORDER BY job_id`,
      values,
    )) as { jobId: string; app: string; payload: Record<string, unknown> }[];
  const jobsOf = async (task: string) =>
    (await dataSource.query(
      `SELECT job.id::text, job.key, job.payload, job.attempts, job.locked_by AS "lockedBy"
         FROM graphile_worker._private_jobs job
         JOIN graphile_worker._private_tasks task ON task.id = job.task_id
        WHERE task.identifier = $1 ORDER BY job.id`,
      [task],
    )) as {
      id: string;
      key: string | null;
      payload: unknown;
      attempts: number;
      lockedBy: string | null;
    }[];

  beforeAll(async () => {
    ({ config, database } = await createTestConfig());
    // A first app without a worker: the queue's schema and the probes' tables exist before any worker starts.
    const setup = await boot('setup', false);
    await setup.get(DataSource).query(PROBE_TABLES);
    await setup.close();
    app = await boot('a');
    dataSource = app.get(DataSource);
    queue = app.get(JobQueue);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('runs a job added in a transaction that commits once, and never one whose transaction rolls back', async () => {
    const committed = await dataSource.transaction((manager) =>
      queue.addInTransaction(manager, 'probe.count', { case: 'commit' }),
    );
    await expect(
      dataSource.transaction(async (manager) => {
        await queue.addInTransaction(manager, 'probe.count', { case: 'rollback' });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');

    await eventually(async () => (await runs(`payload->>'case' = 'commit'`)).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await runs(`payload->>'case' IN ('commit', 'rollback')`)).toEqual([
      { jobId: committed, app: 'a', payload: { case: 'commit' } },
    ]);
    expect(await jobsOf('probe.count')).toEqual([]);
  });

  it('refuses addInTransaction outside a transaction, rather than losing the guarantee silently', async () => {
    await expect(queue.addInTransaction(dataSource.manager, 'probe.count', {})).rejects.toThrow(
      /open transaction/,
    );
  });

  it('keeps one waiting job per job key: a second add replaces the first, it does not duplicate it', async () => {
    const later = new Date(Date.now() + 3_600_000);
    const first = await queue.add('probe.count', { version: 1 }, { jobKey: 'k1', runAt: later });
    const second = await queue.add('probe.count', { version: 2 }, { jobKey: 'k1', runAt: later });
    expect(second).toBe(first);
    expect(await jobsOf('probe.count')).toEqual([
      expect.objectContaining({ id: first, key: 'k1', payload: { version: 2 } }),
    ]);
    // The same key twice in one batch: as if added one after the other.
    await dataSource.transaction((manager) =>
      queue.addManyInTransaction(manager, [
        { name: 'probe.count', payload: { version: 'a' }, options: { jobKey: 'k2', runAt: later } },
        { name: 'probe.count', payload: { version: 'b' }, options: { jobKey: 'k2', runAt: later } },
      ]),
    );
    expect((await jobsOf('probe.count')).map((job) => [job.key, job.payload])).toEqual([
      ['k1', { version: 2 }],
      ['k2', { version: 'b' }],
    ]);
    await queue.add('probe.count', {}, { jobKey: 'k2', runAt: new Date(Date.now() + 1_000) });
    // preserve_run_at keeps the waiting job's time; the payload still follows the last add.
    await queue.add('probe.count', { version: 3 }, { jobKey: 'k1', jobKeyMode: 'preserve_run_at' });
    const [job] = await dataSource.query(
      `SELECT run_at > now() + interval '50 minutes' AS later FROM graphile_worker.jobs WHERE key = 'k1'`,
    );
    expect(job.later).toBe(true);
    await queue.add('probe.count', { version: 4 }, { jobKey: 'k1', runAt: new Date() });
    await eventually(async () => (await runs(`payload->>'version' IS NOT NULL`)).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await runs(`payload->>'version' IS NOT NULL`)).map((run) => run.payload)).toEqual([
      { version: 4 },
    ]);
  });

  it("records each LgxEvent as a job in the caller's transaction, and none when it rolls back", async () => {
    const events = app.get(LgxEvents);
    await dataSource.transaction((manager) =>
      events.record(manager, [
        { type: 'question.asked', questionId: 'q-1' },
        { type: 'radar.suggestion', councilCode: 'E06000018', ocid: 'ocds-1' },
      ]),
    );
    await dataSource
      .transaction(async (manager) => {
        await events.record(manager, { type: 'question.asked', questionId: 'q-rolled-back' });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    // Nobody handles lgx-event in this app: the jobs wait, in order, for the consumer.
    expect((await jobsOf('lgx-event')).map((job) => job.payload)).toEqual([
      { type: 'question.asked', questionId: 'q-1' },
      { type: 'radar.suggestion', councilCode: 'E06000018', ocid: 'ocds-1' },
    ]);
  });

  it('retries a failing job with exponential back-off, then it succeeds', async () => {
    const id = await queue.add('probe.flaky', { failures: 1 });
    const attempts = await eventually(async () => {
      const found = await runs('job_id = $1', [id]);
      return found.length === 2 && found;
    });
    const [first, second] = attempts.map((run) => run.payload as { attempt: number; at: number });
    expect([first!.attempt, second!.attempt]).toEqual([1, 2]);
    // graphile-worker waits exp(attempts) seconds: e^1 = 2.7 s after the first failure.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(2_500);
    await eventually(async () => (await jobsOf('probe.flaky')).length === 0);
  });

  it('leaves a job out of attempts failed, and counts it', async () => {
    const id = await queue.add('probe.flaky', { failures: 5 }, { maxAttempts: 1 });
    await eventually(async () => (await runs('job_id = $1', [id])).length === 1);
    const status = app.get(JobQueueStatus);
    const report = await eventually(async () => {
      const found = await status.report();
      return found.tasks.some((task) => task.task === 'probe.flaky' && task.failed === 1) && found;
    });
    expect(report).toMatchObject({ state: 'ok', worker: true });
    const [job] = await jobsOf('probe.flaky');
    expect(job).toMatchObject({ id, attempts: 1 });
  });

  it('does database work once per key with JobRunOnce, however often it is asked', async () => {
    const once = app.get(JobRunOnce);
    const work = (manager: EntityManager) =>
      manager.query(`INSERT INTO job_probe_effect (key, app) VALUES ('once-1', 'direct')`);
    expect(await once.inTransaction('probe.once', 'once-1', work)).toBe(true);
    expect(await once.inTransaction('probe.once', 'once-1', work)).toBe(false);
    // Work that fails leaves no record: the next attempt does it.
    await expect(
      once.inTransaction('probe.once', 'once-2', async () => {
        throw new Error('failed half-way');
      }),
    ).rejects.toThrow('failed half-way');
    expect(await once.done('probe.once', 'once-2')).toBe(false);
    const effects = await dataSource.query(
      `SELECT count(*)::int AS count FROM job_probe_effect WHERE key = 'once-1'`,
    );
    expect(effects).toEqual([{ count: 1 }]);
  });

  it('runs an outside effect at most once: a failed effect may be tried again, a finished one never', async () => {
    const once = app.get(JobRunOnce);
    const sent: string[] = [];
    await expect(
      once.effect('probe.mail', 'p-1', async () => {
        throw new Error('SMTP refused');
      }),
    ).rejects.toThrow('SMTP refused');
    expect(await once.effect('probe.mail', 'p-1', async () => void sent.push('p-1'))).toBe(true);
    expect(await once.effect('probe.mail', 'p-1', async () => void sent.push('p-1'))).toBe(false);
    // Two at once: one sends, the other finds it claimed.
    const both = await Promise.all(
      [1, 2].map(() => once.effect('probe.mail', 'p-2', async () => void sent.push('p-2'))),
    );
    expect(both.sort()).toEqual([false, true]);
    expect(sent).toEqual(['p-1', 'p-2']);
  });

  it('records 10,000 events in one transaction in moments (one insert and one NOTIFY, not one per job)', async () => {
    const events = app.get(LgxEvents);
    const waiting = async () =>
      (
        await dataSource.query(
          `SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = 'lgx-event'`,
        )
      )[0].count as number;
    const before = await waiting();
    const started = Date.now();
    await dataSource.transaction((manager) =>
      events.record(
        manager,
        Array.from({ length: 10_000 }, (_, n) => ({
          type: 'question.asked' as const,
          questionId: `bulk-${n}`,
        })),
      ),
    );
    // One add_job per event took 38 s here; the batch takes about one.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await waiting()) - before).toBe(10_000);
  });
});
