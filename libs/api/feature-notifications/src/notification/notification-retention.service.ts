import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { JobHandlers } from '@lgx/api/core/jobs';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** The daily job that deletes old notifications. */
export const NOTIFICATION_RETENTION_JOB = 'notifications.retention';
/** Every day at 03:30 UTC, away from the 07:00 digests: one job per tick across every process. */
export const NOTIFICATION_RETENTION_SCHEDULE = '30 3 * * *';
/**
 * A notification the reader has read is kept 90 days (to look back on
 * recent news); after that it has done its work and is only personal data.
 */
export const READ_NOTIFICATION_DAYS = 90;
/**
 * No notification is kept beyond a year, read or not: those never emailed
 * (email off, or left out at sending time) would otherwise pile up for ever,
 * and a year-old "new case study" is no longer news.
 */
export const NOTIFICATION_MAX_DAYS = 365;
/** Rows deleted per statement, so one run never holds many locks or a long transaction. */
export const RETENTION_BATCH = 5_000;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes read notifications older than READ_NOTIFICATION_DAYS and any older
 * than NOTIFICATION_MAX_DAYS, in batches, as a daily job on the queue. Age is
 * counted from when the notification was made. Idempotent: a run repeated or
 * cut short leaves nothing wrong, and the next finishes the work.
 */
@Injectable()
export class NotificationRetentionService implements OnModuleInit {
  private readonly logger = new Logger(NotificationRetentionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly handlers: JobHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers.register<{ _cron?: { ts: string } }>(
      NOTIFICATION_RETENTION_JOB,
      async (payload, context) => {
        await this.prune(payload._cron ? new Date(payload._cron.ts) : new Date(), context.signal);
      },
    );
    // Tests run it by hand.
    if (this.config.environment !== 'test')
      this.handlers.schedule(NOTIFICATION_RETENTION_JOB, {
        cron: NOTIFICATION_RETENTION_SCHEDULE,
        backfillMinutes: 6 * 60,
        maxAttempts: 5,
      });
  }

  /** Deletes what is past its time at `now`; returns how many notifications went. */
  async prune(now: Date, signal?: AbortSignal): Promise<number> {
    const readBefore = new Date(now.getTime() - READ_NOTIFICATION_DAYS * DAY_MS);
    const anyBefore = new Date(now.getTime() - NOTIFICATION_MAX_DAYS * DAY_MS);
    // Two statements, each a range scan of its own index (1796670000003).
    const deleted =
      (await this.inBatches(`created_at < $1`, anyBefore, signal)) +
      (await this.inBatches(`created_at < $1 AND read_at IS NOT NULL`, readBefore, signal));
    if (deleted > 0) this.logger.log(`Deleted ${deleted} old notifications`);
    return deleted;
  }

  private async inBatches(where: string, before: Date, signal?: AbortSignal): Promise<number> {
    let deleted = 0;
    for (;;) {
      // For DELETE, TypeORM's postgres driver answers [rows, affected count].
      const [, count] = (await this.dataSource.query(
        `DELETE FROM notification WHERE id IN (
           SELECT id FROM notification WHERE ${where} LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        [before, RETENTION_BATCH],
      )) as [unknown, number];
      deleted += count;
      if (count < RETENTION_BATCH || signal?.aborted) return deleted;
    }
  }
}
