import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Mailer } from '@lgx/api/core/mail';
import { Inject, Injectable } from '@nestjs/common';

import { notificationMail } from './notification-mail';
import type { MailedNotification, Recipient } from './send-time-reader.service';
import { UnsubscribeLinks, type Unsubscribes } from './unsubscribe-links.service';

const UNSUBSCRIBE_LABEL: Record<Unsubscribes, string> = {
  ALL: 'Unsubscribe from all LGX emails',
  ADDRESSED: 'Unsubscribe from these emails',
  DIGESTS: 'Unsubscribe from digests',
};

/** Sends one email of notifications, with its one-click unsubscribe headers (RFC 8058). */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly mailer: Mailer,
    private readonly links: UnsubscribeLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(
    recipient: Recipient,
    stops: Unsubscribes,
    content: { subject: string; intro: string; notifications: readonly MailedNotification[] },
  ): Promise<void> {
    const unsubscribeUrl = await this.links.url(recipient.accountId, stops);
    const mail = notificationMail({
      ...content,
      greeting: recipient.name ? `Hello ${recipient.name},` : 'Hello,',
      publicUrl: this.config.publicUrl,
      preferencesUrl: new URL('/email-preferences', this.config.publicUrl).toString(),
      unsubscribeUrl,
      unsubscribeLabel: UNSUBSCRIBE_LABEL[stops],
      unsubscribeAllUrl: await this.links.url(recipient.accountId, 'ALL'),
    });
    await this.mailer.send({
      to: recipient.email,
      ...mail,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
  }
}
