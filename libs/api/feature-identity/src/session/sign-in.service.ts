import { AuditService } from '@lgx/api/core/audit';
import { type Actor, roleNeedsMfa } from '@lgx/api/core/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';

import { AccountEntity } from '../account/account.entity';
import { normaliseEmail } from '../account/account.rules';
import { verifyPassword } from '../account/password-hashing';
import { CouncilMembershipService } from '../council-membership/council-membership.service';
import { tooManyAttempts } from '../identity.errors';
import { badCredentials, emailNotVerified } from './session.errors';
import { SessionService } from './session.service';
import { SignInThrottleService, throttleKeys } from './sign-in-throttle.service';

export type SignInStatus = 'SIGNED_IN' | 'MFA_REQUIRED' | 'MFA_ENROLMENT_REQUIRED';

/** Password sign-in with throttling, and signing out. */
@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly memberships: CouncilMembershipService,
    private readonly audit: AuditService,
  ) {}

  async signIn(
    rawEmail: string,
    password: string,
    ip: string | undefined,
    response: Response,
  ): Promise<{ status: SignInStatus; account: AccountEntity }> {
    const email = normaliseEmail(rawEmail);
    const keys = throttleKeys(email, ip);
    const locked = await this.throttle.attempt(keys);
    if (locked > 0) {
      await this.audit.record({
        action: 'sign-in',
        outcome: 'denied',
        actor: { role: 'visitor' },
        details: { reason: 'throttled' },
      });
      throw tooManyAttempts(locked);
    }
    const account =
      email.length <= 254
        ? await this.dataSource.getRepository(AccountEntity).findOneBy({ email, status: 'active' })
        : null;
    // One Argon2 verification either way: an unknown email costs what a wrong password does.
    const passwordOk = await verifyPassword(account?.passwordHash, password);
    if (!account || !passwordOk) {
      await this.audit.record({
        action: 'sign-in',
        outcome: 'failure',
        actor: { userId: account?.id, role: account ? 'account' : 'visitor' },
        target: account ? { type: 'account', id: account.id } : undefined,
        details: { reason: account ? 'wrong password' : 'unknown email' },
      });
      throw badCredentials();
    }
    await this.throttle.recordSuccess(keys);
    if (!account.emailVerifiedAt) throw emailNotVerified();

    const mfaEnabled = account.mfaEnabledAt !== null;
    await this.sessions.start(account.id, { mfaVerified: !mfaEnabled }, response);
    const membership = await this.memberships.membershipOf(account.id);
    const status: SignInStatus = mfaEnabled
      ? 'MFA_REQUIRED'
      : roleNeedsMfa(account, membership)
        ? 'MFA_ENROLMENT_REQUIRED'
        : 'SIGNED_IN';
    await this.audit.record({
      action: 'sign-in',
      outcome: 'success',
      actor: { userId: account.id, councilCode: membership?.councilCode, role: 'account' },
      target: { type: 'account', id: account.id },
      details: { method: 'password', status },
    });
    return { status, account };
  }

  async signOut(actor: Actor, response: Response): Promise<void> {
    if (actor.sessionId) await this.sessions.end(actor.sessionId, response);
    else this.sessions.clearCookie(response);
  }

  async signOutEverywhere(actor: Actor, response: Response): Promise<number> {
    const ended = await this.sessions.endAll(actor.userId!);
    this.sessions.clearCookie(response);
    await this.audit.record({
      action: 'sign-out-everywhere',
      outcome: 'success',
      target: { type: 'account', id: actor.userId },
      details: { sessionsEnded: ended },
    });
    return ended;
  }
}
