import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';

import { ContractSyncService } from './contract-sync.service';

/**
 * Runs the sync every CONTRACTS_SYNC_INTERVAL_MINUTES when CONTRACTS_SYNC=on:
 * a timer in every API process, the advisory lock letting one run at a time.
 * Only this class knows about timers, so a job queue can replace it.
 */
@Injectable()
export class ContractSyncScheduler implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ContractSync');
  private readonly stopping = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly sync: ContractSyncService) {}

  onModuleInit(): void {
    if (this.sync.settings.enabled) this.schedule(this.sync.firstRunDelayMs);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
    clearTimeout(this.timer);
    // The run stops at its next wait or request; its position is already saved.
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopping.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.running = this.tick();
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const run = await this.sync.runOnce(this.stopping.signal);
      if (!run.ran) this.logger.debug('another process is running the sync');
    } catch (error) {
      this.logger.error(`the sync run failed: ${(error as Error).message}`);
    }
    this.schedule(this.sync.settings.intervalMinutes * 60_000);
  }
}
