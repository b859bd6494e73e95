import {
  randomToken,
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  sessionCookieOptions,
  sha256,
} from '@lgx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { type EntityManager, IsNull, type Repository } from 'typeorm';

import { SessionEntity } from './session.entity';

/**
 * Server-side sessions in PostgreSQL behind an httpOnly cookie: every start
 * and end of one. Reading the cookie on each request is core/auth's
 * ActorReader (decision 0027).
 */
@Injectable()
export class SessionService {
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
    response.cookie(
      SESSION_COOKIE,
      token,
      sessionCookieOptions(this.config.environment, SESSION_ABSOLUTE_MS),
    );
    return session;
  }

  async end(sessionId: string, response?: Response): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (response) this.clearCookie(response);
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
    response.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config.environment));
  }
}
