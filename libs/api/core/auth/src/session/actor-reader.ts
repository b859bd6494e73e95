import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { Actor, CouncilRole, PlatformRole } from '../actor';
import { sha256 } from '../secrets';
import { buildActor } from './build-actor';
import {
  SESSION_IDLE_MS,
  SESSION_TOKEN_MAX_LENGTH,
  SESSION_TOUCH_EVERY_MS,
} from './session-cookie';

/** What a session cookie turned out to be. */
export type SessionReading =
  /** No (or an empty) cookie: a visitor. */
  | { kind: 'none' }
  /** A cookie for no live session (unknown, revoked, timed out, account not active): clear it. */
  | { kind: 'ended' }
  | { kind: 'signed-in'; actor: Actor };

/** One live session with its account and membership, as the single query below returns it. */
interface SessionActorRow {
  sessionId: string;
  accountId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  mfaVerified: boolean;
  accountStatus: string | null;
  emailVerifiedAt: Date | null;
  platformRole: PlatformRole | null;
  mfaEnabledAt: Date | null;
  councilCode: string | null;
  councilRole: CouncilRole | null;
  membershipStatus: 'active' | 'removed' | null;
}

const SESSION_ACTOR_SQL = `
  SELECT s.id AS "sessionId", s.account_id AS "accountId", s.last_seen_at AS "lastSeenAt",
         s.expires_at AS "expiresAt", s.mfa_verified AS "mfaVerified",
         a.status AS "accountStatus", a.email_verified_at AS "emailVerifiedAt",
         a.platform_role AS "platformRole", a.mfa_enabled_at AS "mfaEnabledAt",
         m.council_code AS "councilCode", m.role AS "councilRole", m.status AS "membershipStatus"
    FROM session s
    LEFT JOIN account a ON a.id = s.account_id
    LEFT JOIN council_membership m ON m.account_id = s.account_id
   WHERE s.id = $1 AND s.revoked_at IS NULL`;

/**
 * The read side of sessions, for every request of every feature: turns a
 * session cookie's token into an Actor with one query over the session,
 * account and council membership tables (owned and written by the identity
 * feature, decision 0027). Its only writes are the session's own upkeep:
 * lastSeenAt, and ending a session that has timed out or whose account is
 * no longer active.
 */
@Injectable()
export class ActorReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(token: string | undefined): Promise<SessionReading> {
    if (!token) return { kind: 'none' };
    if (token.length > SESSION_TOKEN_MAX_LENGTH) return { kind: 'ended' };
    const [row] = (await this.dataSource.query(SESSION_ACTOR_SQL, [sha256(token)])) as
      SessionActorRow[] | [];
    if (!row) return { kind: 'ended' };
    const now = Date.now();
    if (row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + SESSION_IDLE_MS <= now) {
      await this.revoke(row.sessionId);
      return { kind: 'ended' };
    }
    if (now - row.lastSeenAt.getTime() > SESSION_TOUCH_EVERY_MS) {
      await this.dataSource.query(`UPDATE session SET last_seen_at = $2 WHERE id = $1`, [
        row.sessionId,
        new Date(now),
      ]);
    }
    if (row.accountStatus !== 'active') {
      await this.revoke(row.sessionId);
      return { kind: 'ended' };
    }
    const membership =
      row.councilCode !== null && row.councilRole !== null && row.membershipStatus !== null
        ? { councilCode: row.councilCode, role: row.councilRole, status: row.membershipStatus }
        : null;
    const actor = buildActor(
      {
        id: row.accountId,
        emailVerifiedAt: row.emailVerifiedAt,
        platformRole: row.platformRole,
        mfaEnabledAt: row.mfaEnabledAt,
      },
      { id: row.sessionId, mfaVerified: row.mfaVerified },
      membership,
    );
    return { kind: 'signed-in', actor };
  }

  private async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId, new Date()],
    );
  }
}
