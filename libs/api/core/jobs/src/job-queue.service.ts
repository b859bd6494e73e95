import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** How a job is queued. */
export interface JobOptions {
  /**
   * At most one waiting job per key: adding again replaces the waiting job's
   * payload and time (jobKeyMode 'replace', the default) or only its payload
   * ('preserve_run_at'). A job already running is not touched: a new one is
   * queued. A key does not stop a finished job from running again later; for
   * "only once ever" see JobRunOnce.
   */
  jobKey?: string;
  jobKeyMode?: 'replace' | 'preserve_run_at';
  /** Not before this instant (default: now). */
  runAt?: Date;
  /** Attempts before the job is left failed (default 25, about three days of back-off). */
  maxAttempts?: number;
  /** Jobs of one queue name run one at a time, across every process. */
  queueName?: string;
  /** Lower runs first (default 0). */
  priority?: number;
}

/** One job to add with addManyInTransaction. */
export interface JobSpec {
  name: string;
  payload: unknown;
  options?: JobOptions;
}

/**
 * Adds durable jobs to the queue in PostgreSQL (graphile-worker, decision 0045).
 * addInTransaction writes the job with the caller's transaction, so the job
 * exists if and only if the caller's change commits.
 */
@Injectable()
export class JobQueue {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds a job now, in a transaction of its own; returns its id. */
  async add(name: string, payload: unknown, options: JobOptions = {}): Promise<string> {
    const [id] = await addJobs(this.dataSource.manager, [{ name, payload, options }]);
    return id!;
  }

  /** Adds a job in the caller's transaction; returns its id. */
  async addInTransaction(
    manager: EntityManager,
    name: string,
    payload: unknown,
    options: JobOptions = {},
  ): Promise<string> {
    const [id] = await this.addManyInTransaction(manager, [{ name, payload, options }]);
    return id!;
  }

  /** Adds several jobs in one statement, in the caller's transaction; returns their ids in order. */
  async addManyInTransaction(manager: EntityManager, jobs: readonly JobSpec[]): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error(
        'addInTransaction needs the EntityManager of an open transaction (dataSource.transaction(manager => ...)); use add() outside one.',
      );
    return addJobs(manager, jobs);
  }
}

async function addJobs(manager: EntityManager, jobs: readonly JobSpec[]): Promise<string[]> {
  if (jobs.length === 0) return [];
  const specs = jobs.map(({ name, payload, options = {} }) => ({
    name,
    payload: payload ?? {},
    queue: options.queueName ?? null,
    runAt: options.runAt?.toISOString() ?? null,
    maxAttempts: options.maxAttempts ?? null,
    key: options.jobKey ?? null,
    priority: options.priority ?? null,
    mode: options.jobKeyMode ?? 'replace',
  }));
  // One round trip; add_job per element keeps each job's own key mode.
  const rows: { id: string }[] = await manager.query(
    `SELECT (graphile_worker.add_job(
              spec->>'name', spec->'payload', queue_name => spec->>'queue',
              run_at => (spec->>'runAt')::timestamptz, max_attempts => (spec->>'maxAttempts')::int,
              job_key => spec->>'key', priority => (spec->>'priority')::int,
              job_key_mode => spec->>'mode')).id::text AS id
       FROM json_array_elements($1::json) WITH ORDINALITY AS item(spec, position)
      ORDER BY position`,
    [JSON.stringify(specs)],
  );
  return rows.map((row) => row.id);
}
