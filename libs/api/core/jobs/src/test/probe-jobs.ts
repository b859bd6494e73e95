import { type DynamicModule, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { JobHandlers } from '../job-handlers.registry';
import { JobRunOnce } from '../job-run-once.service';

/** Tables the probe jobs write to, in the test's database. */
export const PROBE_TABLES = `
  CREATE TABLE IF NOT EXISTS job_probe_run (
    seq bigserial PRIMARY KEY, job_id text NOT NULL, app text NOT NULL, payload jsonb);
  CREATE TABLE IF NOT EXISTS job_probe_effect (key text NOT NULL, app text NOT NULL);`;

type Stage = 'in-work' | 'after-work';

/**
 * In a process started with LGX_PROBE_HANG=on, a digest job whose payload
 * says so stops for ever (to be killed) inside the run-once transaction
 * ('in-work') or after it committed ('after-work'), printing `<stage> <key>`.
 */
async function hangHere(stage: Stage, key: string, hang: Stage | undefined): Promise<void> {
  if (process.env['LGX_PROBE_HANG'] !== 'on' || hang !== stage) return;
  process.stdout.write(`${stage} ${key}\n`);
  await new Promise(() => undefined);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const PROBE_APP = Symbol('PROBE_APP');

@Injectable()
class ProbeJobs implements OnModuleInit {
  constructor(
    @Inject(PROBE_APP) private readonly app: string,
    @Inject(JobHandlers) private readonly handlers: JobHandlers,
    @Inject(JobRunOnce) private readonly once: JobRunOnce,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    // Records each run: which job, in which app.
    this.handlers.register<Record<string, unknown>>('probe.count', async (payload, job) => {
      await this.record(job.jobId, payload);
    });
    this.handlers.register<Record<string, unknown>>('probe.tick', async (payload, job) => {
      await this.record(job.jobId, payload);
    });
    this.handlers.schedule('probe.tick', { cron: '* * * * *', backfillMinutes: 5 });
    // Fails its first attempts, on purpose, with a secret in the message.
    this.handlers.register<{ failures: number }>('probe.flaky', async (payload, job) => {
      await this.record(job.jobId, { ...payload, attempt: job.attempt, at: Date.now() });
      if (job.attempt <= payload.failures)
        throw new Error(`attempt ${job.attempt} fails (postgres://lgx:hunter2@db.internal/lgx)`);
    });
    // Takes its time (laterAttemptsMs once run again); stops early when told to
    // (stubborn: ignores being told, and stops only when its app is gone).
    this.handlers.register<{ ms: number; laterAttemptsMs?: number; stubborn?: boolean }>(
      'probe.slow',
      async (payload, job) => {
        await this.record(job.jobId, { ...payload, phase: 'start' });
        const ms = job.attempt > 1 ? (payload.laterAttemptsMs ?? payload.ms) : payload.ms;
        const until = Date.now() + ms;
        const appGone = () => !this.dataSource.isInitialized;
        while (Date.now() < until && !appGone() && (payload.stubborn || !job.signal.aborted))
          await sleep(50);
        if (appGone()) throw new Error('the app closed under this job');
        await this.record(job.jobId, { ...payload, phase: job.signal.aborted ? 'aborted' : 'end' });
      },
    );
    // A digest-like effect, at most once per key, whatever happens to the process.
    this.handlers.register<{ key: string; hang?: Stage }>('probe.digest', async ({ key, hang }) => {
      await this.once.inTransaction('probe.digest', key, async (manager) => {
        await manager.query('INSERT INTO job_probe_effect (key, app) VALUES ($1, $2)', [
          key,
          this.app,
        ]);
        await hangHere('in-work', key, hang);
      });
      await hangHere('after-work', key, hang);
    });
  }

  private async record(jobId: string, payload: unknown): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO job_probe_run (job_id, app, payload) VALUES ($1, $2, $3)',
      [jobId, this.app, JSON.stringify(payload)],
    );
  }
}

@Module({})
class ProbeJobsModule {}

/** Probe handlers for the queue's tests, labelled with the app that runs them. */
export function probeJobsModule(app: string): DynamicModule {
  return {
    module: ProbeJobsModule,
    providers: [{ provide: PROBE_APP, useValue: app }, ProbeJobs],
  };
}
