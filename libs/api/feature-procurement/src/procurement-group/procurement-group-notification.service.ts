import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Mailer } from '@lgx/api/core/mail';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Emails the officers of a group's member councils. Best effort and after
 * the change is saved: a mail server that is down never undoes a change.
 */
@Injectable()
export class ProcurementGroupNotificationService {
  private readonly logger = new Logger(ProcurementGroupNotificationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Emails the officers of every member council; resolves when every mail was handed over (or failed). */
  notifyMembers(groupId: string, subject: string, lines: string[]): Promise<void> {
    return this.guarded(async () => {
      const recipients: { email: string }[] = await this.dataSource.query(
        `SELECT DISTINCT a.email FROM procurement_group_member g
           JOIN council_membership m ON m.council_code = g.council_code AND m.status = 'active'
           JOIN account a ON a.id = m.account_id AND a.status = 'active'
          WHERE g.group_id = $1 AND g.status IN ('INTERESTED', 'COMMITTED')
            AND a.email IS NOT NULL AND a.email_verified_at IS NOT NULL
          ORDER BY a.email`,
        [groupId],
      );
      await this.send(recipients, groupId, subject, lines, 'your council is a member of');
    });
  }

  /** Emails the officers of one council (only its editors and admins, when asked). */
  notifyCouncil(
    groupId: string,
    councilCode: string,
    subject: string,
    lines: string[],
    editorsOnly = false,
  ): Promise<void> {
    return this.guarded(async () => {
      const recipients: { email: string }[] = await this.dataSource.query(
        `SELECT DISTINCT a.email FROM council_membership m
           JOIN account a ON a.id = m.account_id AND a.status = 'active'
          WHERE m.council_code = $1 AND m.status = 'active'
            AND (NOT $2 OR m.role IN ('EDITOR', 'ADMIN'))
            AND a.email IS NOT NULL AND a.email_verified_at IS NOT NULL
          ORDER BY a.email`,
        [councilCode, editorsOnly],
      );
      await this.send(recipients, groupId, subject, lines, 'your council is involved in');
    });
  }

  private guarded(work: () => Promise<void>): Promise<void> {
    return work().catch((error: Error) => {
      this.logger.warn(`Could not notify about a procurement group: ${error.message}`);
    });
  }

  private async send(
    recipients: { email: string }[],
    groupId: string,
    subject: string,
    lines: string[],
    why: string,
  ): Promise<void> {
    const link = new URL(`/procurement-groups/${groupId}`, this.config.publicUrl).toString();
    const text = [
      ...lines,
      '',
      `Open the group: ${link}`,
      '',
      `You get this because ${why} this procurement group on LGX.`,
    ].join('\n');
    for (const { email } of recipients) {
      try {
        await this.mailer.send({ to: email, subject, text });
      } catch (error) {
        this.logger.warn(`Could not send "${subject}": ${(error as Error).message}`);
        return; // The same server will refuse the rest too.
      }
    }
  }
}
