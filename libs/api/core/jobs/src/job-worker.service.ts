import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

import { APP_CONFIG, type AppConfig, JOBS_DEFAULTS, type JobsConfig } from '@lgx/api/core/config';
import { withMigrationLock } from '@lgx/api/core/database';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { run, runMigrations, type Runner, type WorkerEvents } from 'graphile-worker';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';

import { DeadWorkerReaper } from './dead-worker-reaper';
import { JobHandlers } from './job-handlers.registry';
import { redact, workerLogger } from './job-log';

/**
 * The queue's life in this process: graphile-worker's schema migrated at
 * start (always, so jobs can be added), and, when JOBS_WORKER is on, a worker
 * running the registered handlers and schedules (not in tests, unless one
 * opts in) until the app shuts down, which also releases the jobs of workers
 * whose process died.
 */
@Injectable()
export class JobWorker implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly settings: JobsConfig;
  private readonly pool: Pool;
  private runner?: Runner;
  private reaper?: DeadWorkerReaper;
  private readonly workerIds = new Set<string>();
  private readonly databaseUrl: string;
  private readonly schedules: boolean;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly handlers: JobHandlers,
  ) {
    this.settings = config.jobs ?? JOBS_DEFAULTS;
    this.databaseUrl = config.database.url;
    // Tests run many short-lived apps: a 07:00 tick must not write into one by chance.
    this.schedules = this.settings.schedules ?? config.environment !== 'test';
    this.pool = new Pool({
      connectionString: config.database.url,
      max: this.settings.concurrency + 2,
    });
    // An idle client's error (the server restarting) must not crash the process.
    this.pool.on('error', (error) =>
      this.logger.warn(`job queue connection: ${redact(error.message)}`),
    );
  }

  /** Whether this process runs jobs. */
  get running(): boolean {
    return this.runner !== undefined;
  }

  /** Under the migration lock TypeORM's migrations ran under: processes starting together take turns. */
  async onModuleInit(): Promise<void> {
    await withMigrationLock(this.dataSource, () =>
      runMigrations({ pgPool: this.pool, logger: workerLogger() }),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.workerEnabled) return;
    const reaper = new DeadWorkerReaper(this.databaseUrl, this.pool, this.settings.reapIntervalMs);
    await reaper.start();
    this.reaper = reaper;
    const events: WorkerEvents = new EventEmitter();
    events.on('worker:create', ({ worker }) => {
      this.workerIds.add(worker.workerId);
      reaper.claim(worker.workerId);
    });
    this.runner = await run({
      pgPool: this.pool,
      concurrency: this.settings.concurrency,
      pollInterval: this.settings.pollIntervalMs,
      noHandleSignals: true,
      logger: workerLogger(),
      events,
      taskList: this.handlers.taskList(),
      parsedCronItems: this.schedules ? this.handlers.cronItems() : [],
      // Handlers are told to stop (their AbortSignal) half-way through the grace.
      preset: { worker: { gracefulShutdownAbortTimeout: this.settings.shutdownGraceMs / 2 } },
    });
  }

  /** Releases now the jobs of worker processes that died (it also happens every reapIntervalMs). */
  async releaseDeadWorkersJobs(): Promise<number> {
    return this.reaper ? this.reaper.reap() : 0;
  }

  /**
   * First of the shutdown hooks, so in-flight jobs finish while the database
   * and everything else is still up. A job still running after the grace is
   * released: it runs again (in another process, or at the next start).
   */
  async onModuleDestroy(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    if (runner) {
      const grace = this.settings.shutdownGraceMs;
      const stopped = runner.stop().then(
        () => true,
        () => true,
      );
      if (!(await Promise.race([stopped, delay(grace, false, { ref: false })]))) {
        this.logger.warn(
          `jobs still running ${grace / 1000} s into shutdown: released to run again`,
        );
        await this.pool
          .query('SELECT graphile_worker.force_unlock_workers($1::text[])', [[...this.workerIds]])
          .catch((error: Error) =>
            this.logger.error(`cannot release jobs: ${redact(error.message)}`),
          );
      }
    }
    // Only now: until our jobs are done or released, our workers must look alive to the others.
    await this.reaper?.stop();
    this.reaper = undefined;
    await this.pool.end().catch(() => undefined);
  }
}
