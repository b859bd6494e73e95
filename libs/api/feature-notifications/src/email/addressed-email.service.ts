import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { JobHandlers } from '@lgx/api/core/jobs';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { ADDRESSED_EMAIL_JOB } from '../notification/notification-delivery.service';
import { EmailPreferencesService } from './email-preferences.service';
import { NotificationMailer } from './notification-mailer.service';
import { type MailedNotification, SendTimeReader } from './send-time-reader.service';

const COLUMNS = `id, subject_type AS "subjectType", subject_id AS "subjectId", title, reason, url,
                 created_at AS "createdAt", account_id AS "accountId"`;

/**
 * Emails what is addressed to a person (a question to their council, an
 * answer to their question, a radar suggestion) as soon as it is stored.
 * Never twice: the notification's emailed_at is the claim, set (and
 * committed) before sending, only while still null; a send that throws
 * clears it for the retry, a process dying mid-send leaves it set.
 */
@Injectable()
export class AddressedEmailService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly handlers: JobHandlers,
    private readonly reader: SendTimeReader,
    private readonly preferences: EmailPreferencesService,
    private readonly mailer: NotificationMailer,
  ) {}

  onModuleInit(): void {
    this.handlers.register<{ notificationId: string }>(ADDRESSED_EMAIL_JOB, async (payload) => {
      await this.send(payload.notificationId);
    });
  }

  /** Returns whether an email went out now. Without mail configured there is nothing to do. */
  async send(notificationId: string): Promise<boolean> {
    if (!this.config.mail.smtpUrl) return false;
    const [row] = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notification
        WHERE id = $1 AND kind = 'ADDRESSED' AND emailed_at IS NULL`,
      [notificationId],
    )) as (MailedNotification & { accountId: string })[];
    if (!row) return false;
    const recipient = await this.reader.recipient(row.accountId);
    if (!recipient || !(await this.preferences.of(row.accountId)).addressed) return false;
    const [notification] = await this.reader.visible(row.accountId, [row]);
    if (!notification) return false;
    // For UPDATE ... RETURNING, TypeORM's postgres driver answers [rows, affected count].
    const [claimed] = (await this.dataSource.query(
      `UPDATE notification SET emailed_at = now() WHERE id = $1 AND emailed_at IS NULL RETURNING id`,
      [notificationId],
    )) as [unknown[], number];
    if (claimed.length === 0) return false;
    try {
      await this.mailer.send(recipient, 'ADDRESSED', {
        subject: notification.title,
        intro: `${notification.reason}:`,
        notifications: [notification],
      });
    } catch (error) {
      await this.dataSource.query(`UPDATE notification SET emailed_at = NULL WHERE id = $1`, [
        notificationId,
      ]);
      throw error;
    }
    return true;
  }
}
