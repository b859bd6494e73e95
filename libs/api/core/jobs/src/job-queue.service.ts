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

  /** Adds several jobs at once, in the caller's transaction; returns their ids. */
  async addManyInTransaction(manager: EntityManager, jobs: readonly JobSpec[]): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error(
        'addInTransaction needs the EntityManager of an open transaction (dataSource.transaction(manager => ...)); use add() outside one.',
      );
    return addJobs(manager, jobs);
  }
}

async function addJobs(manager: EntityManager, jobs: readonly JobSpec[]): Promise<string[]> {
  const ids: string[] = [];
  for (const mode of ['replace', 'preserve_run_at'] as const) {
    const group = jobs.filter((job) => (job.options?.jobKeyMode ?? 'replace') === mode);
    if (group.length === 0) continue;
    const keys = group.map((job) => job.options?.jobKey).filter((key) => key !== undefined);
    // add_jobs cannot touch one key twice in a statement: then one job at a time, in order.
    const batches = new Set(keys).size === keys.length ? [group] : group.map((job) => [job]);
    for (const batch of batches) ids.push(...(await addBatch(manager, batch, mode)));
  }
  return ids;
}

/**
 * One call of graphile_worker.add_jobs: one insert and one NOTIFY for the
 * whole batch (add_job per job notifies per job, which makes 10,000 jobs in a
 * transaction take seconds rather than milliseconds).
 */
async function addBatch(
  manager: EntityManager,
  batch: readonly JobSpec[],
  mode: 'replace' | 'preserve_run_at',
): Promise<string[]> {
  const specs = batch.map(({ name, payload, options = {} }) => ({
    name,
    payload: payload ?? {},
    queue: options.queueName ?? null,
    runAt: options.runAt?.toISOString() ?? null,
    maxAttempts: options.maxAttempts ?? null,
    key: options.jobKey ?? null,
    priority: options.priority ?? null,
  }));
  const rows: { id: string }[] = await manager.query(
    `SELECT id::text AS id FROM graphile_worker.add_jobs(
       ARRAY(SELECT ROW(spec->>'name', spec->'payload', spec->>'queue',
                        (spec->>'runAt')::timestamptz, (spec->>'maxAttempts')::smallint,
                        spec->>'key', (spec->>'priority')::smallint, NULL::text[]
                    )::graphile_worker.job_spec
               FROM json_array_elements($1::json) WITH ORDINALITY AS item(spec, position)
              ORDER BY position),
       $2::boolean)`,
    [JSON.stringify(specs), mode === 'preserve_run_at'],
  );
  return rows.map((row) => row.id);
}
