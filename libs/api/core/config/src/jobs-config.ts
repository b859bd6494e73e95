import { z } from 'zod';

import type { ConfigIssue } from './config.error';
import { type Env, parseEnv } from './env-schema';

const jobsShape = {
  JOBS_WORKER: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  JOBS_CONCURRENCY: z.coerce
    .number({ message: 'must be a whole number from 1 to 20' })
    .int('must be a whole number from 1 to 20')
    .min(1, 'must be a whole number from 1 to 20')
    .max(20, 'must be a whole number from 1 to 20')
    .default(2),
};

/** The durable job queue in PostgreSQL (core/jobs, decision 0045). */
export interface JobsConfig {
  /** JOBS_WORKER=on runs jobs in this process; off only enqueues them (CLIs, some tests). */
  workerEnabled: boolean;
  /** Jobs this process runs at once. */
  concurrency: number;
  /** How often the worker looks for jobs due later (retries, run_at); new jobs arrive by NOTIFY. */
  pollIntervalMs: number;
  /** At shutdown, how long in-flight jobs get to finish before they are released to run again. */
  shutdownGraceMs: number;
  /** How often a worker looks for jobs held by a process that died, to run them again. */
  reapIntervalMs: number;
  /**
   * Whether this process's worker runs the crontab schedules (digests,
   * retention...). Absent: yes, except in the test environment, where a test
   * that tests a schedule opts in (decision 0073).
   */
  schedules?: boolean;
}

/** What a config without the jobs part means: a worker running two jobs at a time. */
export const JOBS_DEFAULTS: JobsConfig = {
  workerEnabled: true,
  concurrency: 2,
  pollIntervalMs: 2000,
  shutdownGraceMs: 10_000,
  reapIntervalMs: 30_000,
};

export function parseJobsConfig(env: Env): { value?: JobsConfig; issues: ConfigIssue[] } {
  const { value, issues } = parseEnv(jobsShape, env);
  if (!value) return { issues };
  return {
    issues,
    value: {
      ...JOBS_DEFAULTS,
      workerEnabled: value.JOBS_WORKER === 'on',
      concurrency: value.JOBS_CONCURRENCY,
    },
  };
}
