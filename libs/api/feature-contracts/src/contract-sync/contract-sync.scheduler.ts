import { type JobContext, JobHandlers, JobQueue } from '@lgx/api/core/jobs';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';

import { ContractSyncService } from './contract-sync.service';

/** The job that runs the sync; also its job key: at most one run waits at a time. */
export const CONTRACT_SYNC_JOB = 'contracts.sync';

/**
 * Runs the sync as a job on the queue (core/jobs) when CONTRACTS_SYNC=on:
 * shortly after the first process starts, then CONTRACTS_SYNC_INTERVAL_MINUTES
 * after each run ends. Each run queues the next under one job key, so however
 * many processes start there is one run waiting, and the sync's advisory lock
 * keeps runs one at a time (a lock PostgreSQL frees as soon as a process dies,
 * and one that holds whoever calls runOnce, queue or not).
 */
@Injectable()
export class ContractSyncScheduler implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('ContractSync');

  constructor(
    private readonly sync: ContractSyncService,
    private readonly handlers: JobHandlers,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    // Registered even when off, so a run queued while it was on completes (doing nothing).
    this.handlers.register(CONTRACT_SYNC_JOB, (_payload, job) => this.run(job));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.sync.settings.enabled) return;
    // A run already waiting (queued by another process or the last run) keeps its time.
    await this.next(this.sync.firstRunDelayMs, 'preserve_run_at');
  }

  private async run(job: Pick<JobContext, 'signal'>): Promise<void> {
    if (!this.sync.settings.enabled) return;
    try {
      const run = await this.sync.runOnce(job.signal);
      if (!run.ran) this.logger.debug('another process is running the sync');
    } catch (error) {
      this.logger.error(`the sync run failed: ${(error as Error).message}`);
    }
    // Stopped by a shutdown: the position is saved, and the next run resumes it soon.
    await this.next(
      job.signal.aborted ? this.sync.firstRunDelayMs : this.sync.settings.intervalMinutes * 60_000,
      'replace',
    );
  }

  private async next(delayMs: number, mode: 'replace' | 'preserve_run_at'): Promise<void> {
    await this.queue.add(
      CONTRACT_SYNC_JOB,
      {},
      { jobKey: CONTRACT_SYNC_JOB, jobKeyMode: mode, runAt: new Date(Date.now() + delayMs) },
    );
  }
}
