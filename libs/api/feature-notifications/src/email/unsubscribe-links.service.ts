import { randomBytes } from 'node:crypto';

import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { type EmailChoices, EmailPreferencesService } from './email-preferences.service';

/** What one unsubscribe link stops: every email, the immediate ones, or the digests. */
export type Unsubscribes = 'ALL' | 'ADDRESSED' | 'DIGESTS';

/** What each link turns off (and its undo turns back on). */
const TURNS_OFF: Record<Unsubscribes, (keyof EmailChoices)[]> = {
  ALL: ['addressed', 'digests'],
  ADDRESSED: ['addressed'],
  DIGESTS: ['digests'],
};

/** How a page names what a link stops. */
export const UNSUBSCRIBES_LABEL: Record<Unsubscribes, string> = {
  ALL: 'all emails from LGX',
  ADDRESSED: 'emails about questions, answers and groups addressed to you',
  DIGESTS: 'daily and weekly digest emails of what you follow',
};

/** 32 random bytes, base64url: what every token is; anything else is refused unread. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** An unsubscribe link that is malformed, altered or unknown: refused, nothing changes. */
export class UnsubscribeLinkInvalid extends Error {
  readonly code = 'UNSUBSCRIBE_LINK_INVALID';
  constructor() {
    super(
      'This unsubscribe link is not valid: it may have been cut short. Use the link in your latest email from LGX, or change your email preferences after signing in.',
    );
  }
}

/**
 * One-click unsubscribe links (RFC 8058): a random token stored with the
 * account and what it stops, one per (account, what), so the same link
 * comes in every email of a kind. The token, never guessable from the
 * account id, is the only authority a POST to it needs.
 */
@Injectable()
export class UnsubscribeLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly preferences: EmailPreferencesService,
  ) {}

  /** The absolute URL of the link that stops `stops` for this account. */
  async url(accountId: string, stops: Unsubscribes): Promise<string> {
    const [{ token }] = (await this.dataSource.query(
      `INSERT INTO email_unsubscribe (token, account_id, stops) VALUES ($1, $2, $3)
       ON CONFLICT (account_id, stops) DO UPDATE SET stops = excluded.stops
       RETURNING token`,
      [randomBytes(32).toString('base64url'), accountId, stops],
    )) as { token: string }[];
    return new URL(`/unsubscribe/${token}`, this.config.publicUrl).toString();
  }

  /** What a link stops; throws UnsubscribeLinkInvalid for a token that is not one of ours. */
  async find(token: string): Promise<{ accountId: string; stops: Unsubscribes }> {
    if (!TOKEN.test(token)) throw new UnsubscribeLinkInvalid();
    const [row] = (await this.dataSource.query(
      `SELECT account_id AS "accountId", stops FROM email_unsubscribe WHERE token = $1`,
      [token],
    )) as { accountId: string; stops: Unsubscribes }[];
    if (!row) throw new UnsubscribeLinkInvalid();
    return row;
  }

  /** Turns off what the link names (or, with `undo`, back on); returns what it names. */
  async apply(token: string, undo = false): Promise<Unsubscribes> {
    const { accountId, stops } = await this.find(token);
    const change: Partial<EmailChoices> = {};
    for (const choice of TURNS_OFF[stops]) change[choice] = undo;
    await this.preferences.set(accountId, change);
    return stops;
  }
}
