import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Mailer, type MailMessage } from '@lgx/api/core/mail';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';

import { OneTimeTokenService, TOKEN_LIFETIME_MS } from './one-time-token.service';

const hours = (ms: number) => Math.round(ms / 3_600_000);

/**
 * The emails of sign-up, verification and password reset. They are sent
 * after the response (their links issued then too), never while the person
 * waits: how long a request takes must not tell whether an address has an
 * account. A mail that cannot be sent is logged; the person can ask again.
 */
@Injectable()
export class AccountMailService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AccountMailService.name);
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: OneTimeTokenService,
    private readonly mailer: Mailer,
  ) {}

  /** A link to confirm the account's address. */
  verification(account: { id: string; email: string; name: string }, after?: Response): void {
    this.later(after, 'verification', async () => {
      const token = await this.tokens.issue(account.id, 'verify-email');
      return {
        to: account.email,
        subject: 'Confirm your email address for LGX',
        text: [
          `Hello ${account.name},`,
          '',
          `Confirm your email address to finish creating your LGX account. The link works once, for ${hours(TOKEN_LIFETIME_MS['verify-email'])} hours:`,
          '',
          this.url(`/verify-email?token=${token}`),
          '',
          'If you did not create an account, you do not need to do anything.',
        ].join('\n'),
      };
    });
  }

  /** A link to choose a new password. */
  passwordReset(account: { id: string; email: string }, after?: Response): void {
    this.later(after, 'password reset', async () => {
      const token = await this.tokens.issue(account.id, 'reset-password');
      return {
        to: account.email,
        subject: 'Reset your LGX password',
        text: [
          `Use this link to choose a new password. It works once, for ${hours(TOKEN_LIFETIME_MS['reset-password'])} hour:`,
          '',
          this.url(`/reset-password?token=${token}`),
          '',
          'If you did not ask for this, you do not need to do anything.',
        ].join('\n'),
      };
    });
  }

  /** A note to the owner of an address someone tried to sign up with again. */
  alreadyRegistered(email: string, after?: Response): void {
    this.later(after, 'already registered', async () => ({
      to: email,
      subject: 'Someone tried to create an LGX account with your email',
      text: [
        'Someone (perhaps you) tried to create an LGX account with this email address, which already has one.',
        '',
        `If it was you, sign in at ${this.url('/sign-in')} or reset your password at ${this.url('/forgotten-password')}.`,
        'If it was not you, you do not need to do anything.',
      ].join('\n'),
    }));
  }

  /** Resolves once every mail queued so far has been sent or has failed. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Lets queued mail go out before the app (and its SMTP transport) closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  /** Runs `compose` and sends its message once `after` is finished (at once when there is none). */
  later(
    after: Response | undefined,
    kind: string,
    compose: () => Promise<MailMessage | MailMessage[]>,
  ): void {
    const task = responseDone(after)
      .then(compose)
      .then(async (messages) => {
        for (const message of ([] as MailMessage[]).concat(messages))
          await this.mailer.send(message);
      })
      .catch((error: unknown) => {
        // Never the message or its link: only what failed.
        this.logger.error(`Could not send the ${kind} email: ${(error as Error).message}`);
      })
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  /** An absolute link to a page of the site. */
  url(path: string): string {
    return new URL(path, this.config.publicUrl).toString();
  }
}

/**
 * Resolves once the response has been sent (or its connection closed), on
 * a later turn of the event loop, so the mail's work never shares a turn
 * with the response; at once (on the next turn) without a response.
 */
function responseDone(response: Response | undefined): Promise<void> {
  return new Promise((resolve) => {
    const later = () => {
      setImmediate(resolve);
    };
    if (!response || response.writableFinished || response.destroyed) {
      later();
    } else {
      response.once('finish', later);
      response.once('close', later);
    }
  });
}
