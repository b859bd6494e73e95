import { deleteExpiredKeys, IDEMPOTENCY_KEY_HOURS } from '@lgx/api/core/audit';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { JobHandlers } from './job-handlers.registry';

/** The hourly job that forgets expired idempotency keys. */
export const IDEMPOTENCY_SWEEP_JOB = 'idempotency.sweep';
export const IDEMPOTENCY_SWEEP_SCHEDULE = '17 * * * *';

/**
 * Deletes mutations' idempotency keys (core/audit, decision 0074) older than
 * IDEMPOTENCY_KEY_HOURS, hourly, as one job per tick across every process. An expired key that is still there is already
 * ignored (and may be claimed again), so a late sweep costs only space.
 */
@Injectable()
export class IdempotencySweep implements OnModuleInit {
  private readonly logger = new Logger(IdempotencySweep.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handlers: JobHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers.register<{ _cron?: { ts: string } }>(IDEMPOTENCY_SWEEP_JOB, async (payload) => {
      await this.sweep(payload._cron ? new Date(payload._cron.ts) : new Date());
    });
    // Test apps get no crontab (decision 0073): they run sweep() by hand.
    this.handlers.schedule(IDEMPOTENCY_SWEEP_JOB, {
      cron: IDEMPOTENCY_SWEEP_SCHEDULE,
      backfillMinutes: 60,
      maxAttempts: 3,
    });
  }

  /** Deletes the keys expired at `now`; returns how many went. */
  async sweep(now: Date): Promise<number> {
    const before = new Date(now.getTime() - IDEMPOTENCY_KEY_HOURS * 60 * 60 * 1000);
    const deleted = await deleteExpiredKeys(this.dataSource, before);
    if (deleted > 0) this.logger.log(`Forgot ${deleted} expired idempotency keys`);
    return deleted;
  }
}
