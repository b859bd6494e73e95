import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Which emails an account receives; an account that never chose receives both. */
export interface EmailChoices {
  /** Immediate emails for what is addressed to them (a question, an answer, their group). */
  addressed: boolean;
  /** The daily and weekly digests of what they follow. */
  digests: boolean;
}

/** Each account's email preferences (table email_preference; no row means both on). */
@Injectable()
export class EmailPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  async of(accountId: string): Promise<EmailChoices> {
    const [row] = (await this.dataSource.query(
      `SELECT addressed, digests FROM email_preference WHERE account_id = $1`,
      [accountId],
    )) as EmailChoices[];
    return row ?? { addressed: true, digests: true };
  }

  /** The signed-in account's own preferences. */
  async ofActor(actor: Actor): Promise<EmailChoices> {
    await this.policy.authorize(actor, { action: 'email-preferences.manage-own' });
    return this.of(actor.userId!);
  }

  /** Changes the signed-in account's own preferences; a choice left out stays as it was. */
  async changeOwn(actor: Actor, change: Partial<EmailChoices>): Promise<EmailChoices> {
    await this.policy.authorize(actor, { action: 'email-preferences.manage-own' });
    return this.set(actor.userId!, change);
  }

  /** For a one-click unsubscribe link (the link's token is the authority, not a session). */
  async set(accountId: string, change: Partial<EmailChoices>): Promise<EmailChoices> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO email_preference (account_id, addressed, digests)
       VALUES ($1, COALESCE($2, true), COALESCE($3, true))
       ON CONFLICT (account_id) DO UPDATE
         SET addressed = COALESCE($2, email_preference.addressed),
             digests = COALESCE($3, email_preference.digests), updated_at = now()
       RETURNING addressed, digests`,
      [accountId, change.addressed ?? null, change.digests ?? null],
    )) as EmailChoices[];
    return row!;
  }
}
