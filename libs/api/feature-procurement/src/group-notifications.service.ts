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
export class GroupNotifications {
  private readonly logger = new Logger(GroupNotifications.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends in the background; resolves when every mail was handed over (or failed). */
  notifyMembers(groupId: string, subject: string, lines: string[]): Promise<void> {
    return this.send(groupId, subject, lines).catch((error: Error) => {
      this.logger.warn(`Could not notify group members: ${error.message}`);
    });
  }

  private async send(groupId: string, subject: string, lines: string[]): Promise<void> {
    const recipients: { email: string }[] = await this.dataSource.query(
      `SELECT DISTINCT a.email FROM procurement_group_member g
         JOIN council_membership m ON m.council_code = g.council_code AND m.status = 'active'
         JOIN account a ON a.id = m.account_id AND a.status = 'active'
        WHERE g.group_id = $1 AND g.status IN ('INTERESTED', 'COMMITTED')
          AND a.email IS NOT NULL AND a.email_verified_at IS NOT NULL
        ORDER BY a.email`,
      [groupId],
    );
    const link = new URL(`/procurement-groups/${groupId}`, this.config.publicUrl).toString();
    const text = [
      ...lines,
      '',
      `Open the group: ${link}`,
      '',
      'You get this because your council is a member of this procurement group on LGX.',
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
