import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { JobHandlers, JobQueue, JobRunOnce } from '@lgx/api/core/jobs';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { DigestFrequency } from '../follow/follow.rules';
import { DIGEST_CRON, type DigestPeriod, digestPeriod } from './digest-period';
import { EmailPreferencesService } from './email-preferences.service';
import { NotificationMailer } from './notification-mailer.service';
import { type MailedNotification, SendTimeReader } from './send-time-reader.service';

/** The scheduled jobs that plan each frequency's digests, one per tick. */
export const DIGEST_PLAN_JOB: Record<DigestFrequency, string> = {
  DAILY: 'notifications.digest-plan-daily',
  WEEKLY: 'notifications.digest-plan-weekly',
};
/** One job per account and period: a failure for one reader does not hold up the others. */
export const DIGEST_SEND_JOB = 'notifications.digest-send';
/** JobRunOnce's name for "this account's digest of this period went out". */
export const DIGEST_ONCE = 'notifications.digest';

export interface DigestJob {
  accountId: string;
  frequency: DigestFrequency;
  /** The end of the period (ISO), which names it. */
  periodEnd: string;
}

/** The account's unsent notifications of the period, brought by follows of that frequency. */
const IN_PERIOD = `FROM notification n JOIN follow f ON f.id = n.follow_id
  WHERE n.kind = 'FOLLOWED' AND n.emailed_at IS NULL AND f.digest = $1
    AND n.created_at >= $2 AND n.created_at < $3`;

/**
 * Daily and weekly digests of what people follow (decision 0049). A tick plans
 * one send job per account with something unsent in the period; each send is
 * JobRunOnce.effect keyed by account and period, so one person never gets two
 * digests for one period, whatever runs twice or dies.
 */
@Injectable()
export class DigestService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly handlers: JobHandlers,
    private readonly queue: JobQueue,
    private readonly once: JobRunOnce,
    private readonly reader: SendTimeReader,
    private readonly preferences: EmailPreferencesService,
    private readonly mailer: NotificationMailer,
  ) {}

  onModuleInit(): void {
    for (const frequency of ['DAILY', 'WEEKLY'] as const) {
      this.handlers.register<{ _cron?: { ts: string } }>(DIGEST_PLAN_JOB[frequency], (payload) =>
        this.plan(frequency, payload._cron ? new Date(payload._cron.ts) : new Date()).then(
          () => undefined,
        ),
      );
      // Tests plan by hand; without mail there is nothing to send.
      if (this.config.environment !== 'test' && this.config.mail.smtpUrl)
        this.handlers.schedule(DIGEST_PLAN_JOB[frequency], {
          cron: DIGEST_CRON[frequency],
          backfillMinutes: 6 * 60,
        });
    }
    this.handlers.register<DigestJob>(DIGEST_SEND_JOB, async (job) => {
      await this.send(job);
    });
  }

  /** Adds a send job for each account with unsent notifications in the period due at `at`. */
  async plan(frequency: DigestFrequency, at: Date): Promise<DigestJob[]> {
    const period = digestPeriod(frequency, at);
    const rows: { accountId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT n.account_id AS "accountId" ${IN_PERIOD}`,
      [frequency, period.from, period.to],
    );
    const jobs = rows.map((row) => ({
      accountId: row.accountId,
      frequency,
      periodEnd: period.to.toISOString(),
    }));
    await this.dataSource.transaction((manager) =>
      this.queue.addManyInTransaction(
        manager,
        jobs.map((job) => ({
          name: DIGEST_SEND_JOB,
          payload: job,
          options: { jobKey: `digest:${job.accountId}:${period.key}`, maxAttempts: 5 },
        })),
      ),
    );
    return jobs;
  }

  /** Sends one account's digest of one period, at most once; returns whether it went out now. */
  async send(job: DigestJob): Promise<boolean> {
    const period = digestPeriod(job.frequency, new Date(job.periodEnd));
    let sent = false;
    await this.once.effect(DIGEST_ONCE, `${job.accountId}:${period.key}`, async () => {
      sent = await this.mail(job.accountId, period);
    });
    return sent;
  }

  private async mail(accountId: string, period: DigestPeriod): Promise<boolean> {
    const recipient = await this.reader.recipient(accountId);
    if (!recipient || !(await this.preferences.of(accountId)).digests) return false;
    const unsent = (await this.dataSource.query(
      `SELECT n.id, n.subject_type AS "subjectType", n.subject_id AS "subjectId", n.title,
              n.reason, n.url, n.created_at AS "createdAt"
         ${IN_PERIOD} AND n.account_id = $4
        ORDER BY n.created_at, n.id`,
      [period.frequency, period.from, period.to, accountId],
    )) as MailedNotification[];
    const notifications = await this.reader.visible(accountId, unsent);
    if (notifications.length === 0) return false;
    const ids = notifications.map((notification) => notification.id);
    await this.markEmailed(ids, true);
    try {
      await this.mailer.send(recipient, 'DIGESTS', {
        subject: `Your ${period.frequency === 'DAILY' ? 'daily' : 'weekly'} LGX digest: ${notifications.length} new`,
        intro: `New from what you follow, ${period.frequency === 'DAILY' ? 'since yesterday' : 'this past week'}:`,
        notifications,
      });
    } catch (error) {
      // JobRunOnce withdraws its claim as well, so the retry sends them.
      await this.markEmailed(ids, false);
      throw error;
    }
    return true;
  }

  private markEmailed(ids: string[], emailed: boolean): Promise<unknown> {
    return this.dataSource.query(
      `UPDATE notification SET emailed_at = ${emailed ? 'now()' : 'NULL'} WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
