import { Logger } from '@nestjs/common';
import { Client, type Pool } from 'pg';

import { redact } from './job-log';

/** First key of the session advisory locks that say "this worker's process is alive". */
const ALIVE_LOCK = 18;
/** A job locked this recently is left alone: its worker may not have taken its lock yet. */
const SETTLE_SECONDS = 10;

/**
 * Frees the jobs of worker processes that died, within seconds rather than
 * graphile-worker's four hours. Each of our workers holds a session advisory
 * lock (ALIVE_LOCK, hashtext(worker id)) on a connection of its process for
 * its whole life; PostgreSQL drops the lock when the process dies. A job
 * locked by a worker whose lock nobody holds is released to run again.
 */
export class DeadWorkerReaper {
  private readonly logger = new Logger('Jobs');
  private alive?: Client;
  private readonly workers = new Set<string>();
  private timer?: NodeJS.Timeout;
  private reconnectTimer?: NodeJS.Timeout;
  private reaping?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly pool: Pool,
    private readonly intervalMs: number,
  ) {}

  async start(): Promise<void> {
    await this.connect();
    this.timer = setInterval(() => this.reapSoon(), this.intervalMs);
    this.timer.unref();
    // A process starting after another died frees its jobs at once.
    this.reapSoon();
  }

  /** Marks a worker of this process alive, for as long as the process lives. */
  claim(workerId: string): void {
    this.workers.add(workerId);
    if (this.alive) this.lock(this.alive, [workerId]);
  }

  /**
   * The liveness connection, holding every worker's lock. If it drops (the
   * database restarted), our workers look dead to the others until it is back,
   * so it reconnects at once and takes the locks again.
   */
  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString });
    client.on('error', (error) =>
      this.logger.error(`the workers' liveness connection failed: ${redact(error.message)}`),
    );
    client.on('end', () => {
      if (this.alive === client) this.alive = undefined;
      if (!this.stopped) this.reconnectSoon();
    });
    await client.connect();
    this.alive = client;
    this.lock(client, [...this.workers]);
  }

  private reconnectSoon(): void {
    if (this.reconnectTimer || this.stopped) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect().catch(() => this.reconnectSoon());
    }, 1_000);
    this.reconnectTimer.unref();
  }

  private lock(client: Client, workers: string[]): void {
    if (workers.length === 0) return;
    client
      .query('SELECT pg_advisory_lock($1, hashtext(worker)) FROM unnest($2::text[]) AS worker', [
        ALIVE_LOCK,
        workers,
      ])
      .catch((error: Error) =>
        this.logger.error(`cannot mark workers alive: ${redact(error.message)}`),
      );
  }

  /** Releases the jobs of dead workers now (also every intervalMs); returns how many workers. */
  async reap(): Promise<number> {
    const { rows } = await this.pool.query<{ worker: string }>(
      `SELECT DISTINCT job.locked_by AS worker FROM graphile_worker._private_jobs job
        WHERE job.locked_by IS NOT NULL
          AND job.locked_at < now() - make_interval(secs => $2)
          AND NOT EXISTS (
            SELECT 1 FROM pg_locks lock
             WHERE lock.locktype = 'advisory' AND lock.granted
               AND lock.database = (SELECT oid FROM pg_database WHERE datname = current_database())
               AND lock.classid = $1 AND lock.objid = hashtext(job.locked_by)::oid
               AND lock.objsubid = 2)`,
      [ALIVE_LOCK, SETTLE_SECONDS],
    );
    const dead = rows.map((row) => row.worker);
    if (dead.length > 0)
      await this.pool.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [dead]);
    if (dead.length > 0)
      this.logger.warn(`released the jobs of ${dead.length} worker(s) whose process died`);
    return dead.length;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.reconnectTimer);
    await this.reaping;
    await this.alive?.end().catch(() => undefined);
  }

  private reapSoon(): void {
    if (this.reaping) return;
    this.reaping = this.reap()
      .then(() => undefined)
      .catch((error: Error) =>
        this.logger.warn(`cannot look for dead workers: ${redact(error.message)}`),
      )
      .finally(() => (this.reaping = undefined));
  }
}
