import { JOBS_DEFAULTS } from '@lgx/api/core/config';
import { JobQueue } from '@lgx/api/core/jobs';
import { bootTestApp, type TestApp, whenReady } from '@lgx/api/testing';

import { createApp } from './bootstrap';

/** A job with a handler in the API: lagging counts only what some process here can run. */
const RUNNABLE = 'components.stale-reminders';

describe('the job queue in /health/ready and /metrics', () => {
  let harness: TestApp;

  beforeAll(async () => {
    // No worker in this process (JOBS_WORKER=off): what is queued stays queued.
    harness = await bootTestApp((config) =>
      createApp(
        { ...config, jobs: { ...JOBS_DEFAULTS, workerEnabled: false } },
        { logger: false, importCouncils: false },
      ),
    );
  });

  afterAll(() => harness?.close());

  /** The jobs check of a 200 readiness answer: whatever the queue says, the app stays ready. */
  const readyJobs = async () => (await whenReady(harness)).body.checks.jobs;
  const metric = async (line: string) => {
    const metrics = (await harness.http().get('/metrics').expect(200)).text;
    return Number(new RegExp(`^${line.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(metrics)?.[1]);
  };

  it('is ok with a job that nobody here handles waiting, and says the worker is off', async () => {
    await harness.app
      .get(JobQueue)
      .add('nobody.handles', {}, { runAt: new Date(Date.now() - 3_600_000) });
    const jobs = await readyJobs();
    expect(jobs).toMatchObject({ state: 'ok', worker: false, oldestWaitingSeconds: 0 });
    expect(jobs.tasks).toContainEqual({
      task: 'nobody.handles',
      waiting: 1,
      scheduled: 0,
      running: 0,
      failed: 0,
    });
    expect(await metric('lgx_jobs_worker')).toBe(0);
  });

  it('is lagging, and still ready, when a job it can run has waited too long', async () => {
    const queue = harness.app.get(JobQueue);
    await queue.add(RUNNABLE, {}, { runAt: new Date(Date.now() - 10 * 60_000) });
    await queue.add(RUNNABLE, {}, { runAt: new Date(Date.now() + 3_600_000) });
    const jobs = await readyJobs();
    expect(jobs.state).toBe('lagging');
    expect(jobs.oldestWaitingSeconds).toBeGreaterThanOrEqual(600);
    expect(await metric(`lgx_jobs_waiting{task="${RUNNABLE}"}`)).toBe(1);
    expect(await metric(`lgx_jobs_scheduled{task="${RUNNABLE}"}`)).toBe(1);
    expect(await metric(`lgx_jobs_failed{task="${RUNNABLE}"}`)).toBe(0);
    expect(await metric('lgx_jobs_oldest_waiting_seconds')).toBeGreaterThanOrEqual(600);
    expect(await metric('lgx_jobs_once_unconfirmed')).toBe(0);
  });
});
