import { Inject, Injectable, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { JobHandlers } from '../job-handlers.registry';
import { JobRunOnce } from '../job-run-once.service';

/** Tables the probe jobs write to, in the test's database. */
export const PROBE_TABLES = `
  CREATE TABLE IF NOT EXISTS job_probe_run (job_id text NOT NULL, app text NOT NULL, payload jsonb);
  CREATE TABLE IF NOT EXISTS job_probe_effect (key text NOT NULL, app text NOT NULL);`;

/**
 * Where a child process stops for ever (to be killed): inside the run-once
 * transaction ('in-work'), or after it committed ('after-work'). It prints
 * the stage on stdout first.
 */
const HANG = process.env['LGX_PROBE_HANG'] as 'in-work' | 'after-work' | undefined;

async function hangHere(stage: 'in-work' | 'after-work'): Promise<void> {
  if (HANG !== stage) return;
  process.stdout.write(`${stage}\n`);
  await new Promise(() => undefined);
}

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
    // A digest-like effect, at most once per key, whatever happens to the process.
    this.handlers.register<{ key: string }>('probe.digest', async ({ key }) => {
      await this.once.inTransaction('probe.digest', key, async (manager) => {
        await manager.query('INSERT INTO job_probe_effect (key, app) VALUES ($1, $2)', [
          key,
          this.app,
        ]);
        await hangHere('in-work');
      });
      await hangHere('after-work');
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
