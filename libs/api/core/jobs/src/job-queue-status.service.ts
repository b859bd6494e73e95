import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { JobHandlers } from './job-handlers.registry';
import { JobWorker } from './job-worker.service';

/** A job due this long ago and not yet started means the queue is behind. */
export const JOBS_LAGGING_AFTER_SECONDS = 300;

/** One job name's jobs in the queue. */
export interface JobTaskReport {
  task: string;
  /** Due and waiting for a worker (including retries whose back-off has passed). */
  waiting: number;
  /** Due later: run_at in the future, or backing off after a failed attempt. */
  scheduled: number;
  running: number;
  /** Out of attempts: left in the queue, failed, for someone to look at. */
  failed: number;
}

export interface JobQueueReport {
  /** ok, or lagging when a job this process can run has waited JOBS_LAGGING_AFTER_SECONDS. */
  state: 'ok' | 'lagging';
  /** Whether this process runs jobs (JOBS_WORKER). */
  worker: boolean;
  /** How long the oldest due job that some handler here can run has waited. */
  oldestWaitingSeconds: number;
  tasks: JobTaskReport[];
  /** JobRunOnce effects started over ten minutes ago and never confirmed (a process died mid-effect). */
  unconfirmedOnce: number;
}

/** The queue's depth for /health/ready and /metrics. */
@Injectable()
export class JobQueueStatus {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handlers: JobHandlers,
    private readonly worker: JobWorker,
  ) {}

  async report(): Promise<JobQueueReport> {
    const rows: (Omit<JobTaskReport, 'task'> & { task: string; oldest: number | null })[] =
      await this.dataSource.query(
        `SELECT task_identifier AS task,
                count(*) FILTER (WHERE ${AVAILABLE} AND run_at <= now())::int AS waiting,
                count(*) FILTER (WHERE ${AVAILABLE} AND run_at > now())::int AS scheduled,
                count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
                count(*) FILTER (WHERE attempts >= max_attempts AND locked_at IS NULL)::int AS failed,
                extract(epoch FROM now() - min(run_at) FILTER (WHERE ${AVAILABLE} AND run_at <= now()))::float AS oldest
           FROM graphile_worker.jobs
          GROUP BY task_identifier
          ORDER BY task_identifier`,
      );
    const [{ unconfirmed }]: { unconfirmed: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS unconfirmed FROM job_run_once
        WHERE completed_at IS NULL AND claimed_at < now() - interval '10 minutes'`,
    );
    const runnable = new Set(this.handlers.names());
    const oldestWaitingSeconds = Math.floor(
      Math.max(0, ...rows.filter((row) => runnable.has(row.task)).map((row) => row.oldest ?? 0)),
    );
    return {
      state: oldestWaitingSeconds >= JOBS_LAGGING_AFTER_SECONDS ? 'lagging' : 'ok',
      worker: this.worker.running,
      oldestWaitingSeconds,
      tasks: rows.map(({ oldest: _oldest, ...task }) => task),
      unconfirmedOnce: unconfirmed,
    };
  }
}

const AVAILABLE = 'locked_at IS NULL AND attempts < max_attempts';
