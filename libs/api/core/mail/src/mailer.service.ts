import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { MailDeliveryError } from './mail-delivery.error';
import { smtpTransportOptions } from './smtp-transport-options';

/** One mail to one person. `text` is required: every mail must read well as plain text. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. RFC 8058's List-Unsubscribe and List-Unsubscribe-Post. */
  headers?: Record<string, string>;
}

/** Sends mail over SMTP (SMTP_URL) from MAIL_FROM. Never logs bodies, which hold one-time links. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly smtpUrl?: string;
  private readonly from: string;
  private readonly transport?: Transporter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.smtpUrl = config.mail.smtpUrl;
    this.from = config.mail.from;
    // Built once: a small pool of SMTP connections, closed when idle and at shutdown.
    if (this.smtpUrl) this.transport = createTransport(smtpTransportOptions(this.smtpUrl));
  }

  /** Hands the message to the SMTP server; rejects with a MailDeliveryError when it cannot. */
  async send(message: MailMessage): Promise<void> {
    if (!this.transport || !this.smtpUrl) {
      throw new MailDeliveryError('Mail is not configured: set SMTP_URL');
    }
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        // Asks mail servers and out-of-office robots not to answer (RFC 3834).
        headers: { ...message.headers, 'Auto-Submitted': 'auto-generated' },
      });
      this.logger.debug(`Sent mail ${String(info.messageId)}`);
    } catch (error) {
      const failure = MailDeliveryError.fromSmtpFailure(error, this.smtpUrl);
      // Logged here as callers may keep the outcome from the person (e.g. on sign-up).
      this.logger.warn(failure.message);
      throw failure;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
