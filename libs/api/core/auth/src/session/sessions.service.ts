import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CookieOptions, Response } from 'express';
import { type EntityManager, IsNull, type Repository } from 'typeorm';

import { randomToken, sha256 } from '../secrets';
import { SessionEntity } from './session.entity';

export const SESSION_COOKIE = 'lgx_session';
/** A session ends after this long without a request... */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** ...and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 60 * 1000;

/** Server-side sessions in PostgreSQL behind an httpOnly cookie. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session (always a new id: no fixation) and sets its cookie. */
  async start(
    accountId: string,
    options: { mfaVerified: boolean },
    response: Response,
    manager: EntityManager = this.sessions.manager,
  ): Promise<SessionEntity> {
    const token = randomToken(32);
    const now = new Date();
    const session = await manager.getRepository(SessionEntity).save({
      id: sha256(token),
      accountId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      mfaVerified: options.mfaVerified,
      revokedAt: null,
    });
    response.cookie(SESSION_COOKIE, token, this.cookieOptions(SESSION_ABSOLUTE_MS));
    return session;
  }

  /** The live session for a cookie token, or null when it is unknown, revoked or timed out. */
  async resolve(token: string | undefined): Promise<SessionEntity | null> {
    if (!token || token.length > 100) return null;
    const session = await this.sessions.findOneBy({ id: sha256(token), revokedAt: IsNull() });
    if (!session) return null;
    const now = Date.now();
    if (
      session.expiresAt.getTime() <= now ||
      session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now
    ) {
      await this.sessions.update({ id: session.id }, { revokedAt: new Date() });
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: new Date(now) });
    }
    return session;
  }

  async end(sessionId: string, response?: Response): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    response?.clearCookie(SESSION_COOKIE, this.cookieOptions(0));
  }

  /** Ends every session of an account (sign out everywhere, removal, deletion, password reset). */
  async endAll(accountId: string, manager: EntityManager = this.sessions.manager): Promise<number> {
    const result = await manager
      .getRepository(SessionEntity)
      .update({ accountId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }

  /**
   * After a change of credentials (password, two-factor authentication):
   * ends every session of the account, so other devices must sign in again,
   * and starts a new one, under a new id, for the request that made the change.
   */
  async renewAfterCredentialChange(
    accountId: string,
    response: Response,
    manager: EntityManager = this.sessions.manager,
  ): Promise<SessionEntity> {
    await this.endAll(accountId, manager);
    // Only a person past any two-factor challenge can change credentials.
    return this.start(accountId, { mfaVerified: true }, response, manager);
  }

  clearCookie(response: Response): void {
    response.clearCookie(SESSION_COOKIE, this.cookieOptions(0));
  }

  private cookieOptions(maxAge: number): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.environment === 'production',
      path: '/',
      ...(maxAge > 0 ? { maxAge } : {}),
    };
  }
}
