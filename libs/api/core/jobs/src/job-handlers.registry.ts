import { Injectable } from '@nestjs/common';
import {
  type CronItem,
  type JobHelpers,
  parseCronItems,
  type ParsedCronItem,
  type TaskList,
} from 'graphile-worker';

/** What a handler knows of the job it runs. */
export interface JobContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry... */
  attempt: number;
  maxAttempts: number;
  /** The job key it was added with, if any. */
  jobKey: string | null;
  /** Aborted when this process shuts down and the job has not finished in time: stop at the next safe point. */
  signal: AbortSignal;
}

/**
 * Runs one job. Throwing fails the attempt: the job runs again later, with
 * exponential back-off, until its max attempts. A handler may run more than
 * once for one job (a process can die after the work and before the job is
 * marked done), so it must be idempotent: see JobRunOnce.
 */
export type JobHandler<Payload = unknown> = (
  payload: Payload,
  context: JobContext,
) => Promise<void>;

/** A recurring job: one job per tick across every process (graphile-worker's crontab). */
export interface JobSchedule {
  /** A crontab pattern in UTC, such as `0 *\/6 * * *` (every six hours, on the hour). */
  cron: string;
  /** Ticks missed while no process ran are run at start, back to this many minutes ago (default: none). */
  backfillMinutes?: number;
  /** Merged into the payload, beside `_cron: { ts, backfilled }`. */
  payload?: Record<string, unknown>;
  /** Jobs of one queue name run one at a time, across every process. */
  queueName?: string;
  maxAttempts?: number;
}

const NAME = /^[a-z][a-z0-9]*(?:[-.:_][a-z0-9]+)*$/;

/**
 * Where features register what the queue runs: `register(name, handler)` and
 * `schedule(name, { cron })`, in their onModuleInit. The worker starts after
 * every module is initialised and runs only the names registered here; a job
 * of a name nobody registered waits in the queue until a handler appears.
 */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedules = new Map<string, JobSchedule>();
  private started = false;

  register<Payload>(name: string, handler: JobHandler<Payload>): void {
    this.assertOpen(name);
    if (this.handlers.has(name)) throw new Error(`Job "${name}" already has a handler.`);
    this.handlers.set(name, handler as JobHandler);
  }

  /** Runs job `name` (whose handler is registered too) on a crontab schedule. */
  schedule(name: string, schedule: JobSchedule): void {
    this.assertOpen(name);
    if (this.schedules.has(name)) throw new Error(`Job "${name}" is already scheduled.`);
    // Parsed now, so a bad pattern fails the module that wrote it, at start-up.
    parseCronItems([cronItem(name, schedule)]);
    this.schedules.set(name, schedule);
  }

  /** The names with a handler in this process. */
  names(): string[] {
    return [...this.handlers.keys()];
  }

  /** For the worker: the task list, closed to further registrations. */
  taskList(): TaskList {
    this.started = true;
    const missing = [...this.schedules.keys()].filter((name) => !this.handlers.has(name));
    if (missing.length > 0)
      throw new Error(`Scheduled jobs without a handler: ${missing.join(', ')}.`);
    return Object.fromEntries(
      [...this.handlers].map(([name, handler]) => [
        name,
        (payload: unknown, helpers: JobHelpers) =>
          handler(payload, {
            jobId: String(helpers.job.id),
            attempt: helpers.job.attempts,
            maxAttempts: helpers.job.max_attempts,
            jobKey: helpers.job.key,
            signal: helpers.abortSignal ?? new AbortController().signal,
          }),
      ]),
    );
  }

  cronItems(): ParsedCronItem[] {
    return parseCronItems([...this.schedules].map(([name, schedule]) => cronItem(name, schedule)));
  }

  private assertOpen(name: string): void {
    if (!NAME.test(name) || name.length > 100)
      throw new Error(
        `Job name "${name}" must be lower-case letters and digits in words joined by - . : or _.`,
      );
    if (this.started)
      throw new Error(
        `Job "${name}" registered after the worker started: register in onModuleInit.`,
      );
  }
}

function cronItem(name: string, schedule: JobSchedule): CronItem {
  return {
    task: name,
    identifier: name,
    match: schedule.cron,
    payload: schedule.payload,
    options: {
      backfillPeriod: (schedule.backfillMinutes ?? 0) * 60_000,
      queueName: schedule.queueName,
      maxAttempts: schedule.maxAttempts,
    },
  };
}
