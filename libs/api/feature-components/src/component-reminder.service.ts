import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { JobHandlers } from '@lgx/api/core/jobs';
import { Mailer } from '@lgx/api/core/mail';
import { STALE_AFTER_MONTHS } from '@lgx/shared/domain';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** The job that sends the stale component reminders. */
export const STALE_REMINDERS_JOB = 'components.stale-reminders';
/** Every six hours, on the hour (UTC): one job per tick across every API process. */
export const STALE_REMINDERS_SCHEDULE = '0 */6 * * *';
/** At most one reminder a month for the same component. */
const REMIND_AGAIN_AFTER_DAYS = 30;

/**
 * Reminds the editors of a component's maintaining councils when it has not
 * been updated for 12 months, as a scheduled job on the queue (core/jobs).
 * Each reminder is claimed in the database, so a job run again (a retry, a
 * process that died) never sends the same one twice.
 */
@Injectable()
export class ComponentReminderService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly jobs: JobHandlers,
  ) {}

  onModuleInit(): void {
    this.jobs.register(STALE_REMINDERS_JOB, async () => {
      await this.remindStale();
    });
    // Without mail there is nothing to send; tests add the job or call remindStale themselves.
    if (this.config.environment === 'test' || !this.config.mail.smtpUrl) return;
    this.jobs.schedule(STALE_REMINDERS_JOB, { cron: STALE_REMINDERS_SCHEDULE, maxAttempts: 3 });
  }

  /** Sends the reminders that are due; returns how many mails went out. */
  async remindStale(): Promise<number> {
    type Due = { id: string; name: string; codes: string[]; maintained: Date };
    // For UPDATE ... RETURNING, TypeORM's postgres driver answers [rows, affected count].
    const [due] = (await this.dataSource.query(
      `UPDATE component SET stale_reminded_at = now()
          WHERE id IN (
            SELECT id FROM component
             WHERE status = 'PUBLISHED' AND maturity <> 'RETIRED'
               AND maintained_at <= now() - make_interval(months => $1)
               AND cardinality(maintaining_council_codes) > 0
               AND (stale_reminded_at IS NULL OR stale_reminded_at < maintained_at
                    OR stale_reminded_at <= now() - make_interval(days => $2))
             ORDER BY maintained_at
             LIMIT 100
             FOR UPDATE SKIP LOCKED)
          RETURNING id, name, maintaining_council_codes AS codes, maintained_at AS maintained`,
      [STALE_AFTER_MONTHS, REMIND_AGAIN_AFTER_DAYS],
    )) as [Due[], number];
    let sent = 0;
    for (const component of due) {
      const editors: { email: string; name: string }[] = await this.dataSource.query(
        `SELECT account.email, account.name FROM council_membership membership
           JOIN account ON account.id = membership.account_id
          WHERE membership.council_code = ANY($1) AND membership.role IN ('EDITOR', 'ADMIN')
            AND membership.status = 'active' AND account.status = 'active'
            AND account.email_verified_at IS NOT NULL AND account.email IS NOT NULL`,
        [component.codes],
      );
      const link = `${this.config.publicUrl}/components/${component.id}`;
      for (const editor of editors) {
        try {
          await this.mailer.send({
            to: editor.email,
            subject: `Is ${component.name} still up to date?`,
            text: [
              `Hello ${editor.name},`,
              '',
              `${component.name}, which your council maintains on LGX, has not been updated since ${new Date(component.maintained).toLocaleDateString('en-GB', { dateStyle: 'long' })}. Other councils now see it as possibly stale.`,
              '',
              `If it is still current, check its details and save them (or import its publiccode.yml again): ${link}`,
              '',
              'If your council no longer maintains it, set its maturity to deprecated or retired.',
            ].join('\n'),
          });
          sent++;
        } catch {
          // Logged by the Mailer; the next check does not resend until a month has passed.
        }
      }
    }
    return sent;
  }
}
