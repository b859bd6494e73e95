import { randomBytes } from 'node:crypto';

import { AuditService } from '@lgx/api/core/audit';
import { type Actor, decryptSecret, encryptSecret, roleNeedsMfa, sha256 } from '@lgx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';

import { AccountEntity } from '../account/account.entity';
import { CouncilMembershipService } from '../council-membership/council-membership.service';
import { tooManyAttempts, validationFailed } from '../identity.errors';
import { SessionService } from '../session/session.service';
import { SignInThrottleService } from '../session/sign-in-throttle.service';
import { badMfaCode } from './mfa.errors';
import { RecoveryCodeEntity } from './recovery-code.entity';

const RECOVERY_CODES = 10;
const PERIOD = 30;

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: 'LGX',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A recovery code people can type: 10 characters from an unambiguous alphabet, shown as xxxxx-xxxxx. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

const normaliseCode = (code: string) => code.trim().toLowerCase().replace(/[\s-]/g, '');

/** TOTP two-factor authentication: enrolment with a QR code, challenges, recovery codes. */
@Injectable()
export class MfaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly memberships: CouncilMembershipService,
    private readonly audit: AuditService,
  ) {}

  /** Starts (or restarts) enrolment: a new secret, as text and as a QR code. */
  async startEnrolment(
    actor: Actor,
  ): Promise<{ secret: string; otpauthUri: string; qrCodeSvg: string }> {
    const account = await this.account(actor);
    if (account.mfaEnabledAt) {
      throw validationFailed([
        {
          field: 'code',
          message:
            'Two-factor authentication is already on. Turn it off first to move it to another app',
        },
      ]);
    }
    const secret = new Secret({ size: 20 }).base32;
    await this.dataSource
      .getRepository(AccountEntity)
      .update(
        { id: account.id },
        { mfaPendingSecret: encryptSecret(secret, this.config.secretKey) },
      );
    const otpauthUri = totpFor(secret, account.email ?? account.id).toString();
    const qrCodeSvg = await QRCode.toString(otpauthUri, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    return { secret, otpauthUri, qrCodeSvg };
  }

  /**
   * Confirms enrolment with a first code; returns recovery codes (shown
   * once). Other sessions end, as they never passed a challenge; this one
   * carries on under a new id.
   */
  async confirmEnrolment(actor: Actor, code: string, response: Response): Promise<string[]> {
    const account = await this.account(actor);
    if (!account.mfaPendingSecret)
      throw validationFailed([
        { field: 'code', message: 'Start setting up two-factor authentication first' },
      ]);
    const secret = decryptSecret(account.mfaPendingSecret, this.config.secretKey);
    const step = this.validTotpStep(secret, account, code);
    if (step === null) {
      await this.audit.record({
        action: 'mfa.enrol',
        outcome: 'failure',
        target: { type: 'account', id: account.id },
      });
      throw validationFailed([
        {
          field: 'code',
          message: 'The code is not right. Enter the 6-digit code your app shows now',
        },
      ]);
    }
    const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(AccountEntity).update(
        { id: account.id },
        {
          mfaSecret: account.mfaPendingSecret,
          mfaPendingSecret: null,
          mfaEnabledAt: new Date(),
          mfaLastStep: String(step),
        },
      );
      await this.replaceRecoveryCodes(manager, account.id, codes);
      await this.sessions.renewAfterCredentialChange(account.id, response, manager);
      await this.audit.record(
        { action: 'mfa.enrol', outcome: 'success', target: { type: 'account', id: account.id } },
        manager,
      );
    });
    return codes;
  }

  /** Passes the sign-in challenge with a TOTP code or a recovery code; renews the session. */
  async verifyChallenge(actor: Actor, code: string, response: Response): Promise<void> {
    const account = await this.account(actor);
    const method = await this.checkCodeThrottled(account, code, 'mfa.challenge');
    await this.dataSource.transaction(async (manager) => {
      await this.renewSession(actor, manager, response);
      await this.audit.record(
        {
          action: 'mfa.challenge',
          outcome: 'success',
          target: { type: 'account', id: account.id },
          details: { method },
        },
        manager,
      );
    });
  }

  /**
   * Turns MFA off, unless the account's roles need it. Wrong codes are
   * throttled as at sign-in; other sessions end and this one carries on
   * under a new id.
   */
  async disable(actor: Actor, code: string, response: Response): Promise<void> {
    const account = await this.account(actor);
    const membership = await this.memberships.membershipOf(account.id);
    if (roleNeedsMfa(account, membership)) {
      throw validationFailed([
        {
          field: 'code',
          message: 'Your role needs two-factor authentication, so it cannot be turned off',
        },
      ]);
    }
    await this.checkCodeThrottled(account, code, 'mfa.disable');
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(AccountEntity)
        .update({ id: account.id }, { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null });
      await manager.getRepository(RecoveryCodeEntity).delete({ accountId: account.id });
      await this.sessions.renewAfterCredentialChange(account.id, response, manager);
      await this.audit.record(
        { action: 'mfa.disable', outcome: 'success', target: { type: 'account', id: account.id } },
        manager,
      );
    });
  }

  async remainingRecoveryCodes(accountId: string): Promise<number> {
    return this.dataSource
      .getRepository(RecoveryCodeEntity)
      .countBy({ accountId, usedAt: IsNull() });
  }

  /**
   * Checks a code, counting wrong ones per account as failed sign-ins are
   * counted: refuses with TOO_MANY_ATTEMPTS while locked, BAD_MFA_CODE when wrong.
   */
  private async checkCodeThrottled(
    account: AccountEntity,
    code: string,
    action: 'mfa.challenge' | 'mfa.disable',
  ): Promise<'totp' | 'recovery-code'> {
    const keys = [`mfa:${account.id}`];
    const locked = await this.throttle.attempt(keys);
    if (locked > 0) throw tooManyAttempts(locked);
    const method = await this.checkCode(account, code);
    if (!method) {
      await this.audit.record({
        action,
        outcome: 'failure',
        target: { type: 'account', id: account.id },
      });
      throw badMfaCode();
    }
    await this.throttle.recordSuccess(keys);
    return method;
  }

  /** 'totp' or 'recovery-code' when the code is right (and marks it used), else null. */
  private async checkCode(
    account: AccountEntity,
    code: string,
  ): Promise<'totp' | 'recovery-code' | null> {
    if (!account.mfaSecret) return null;
    const step = this.validTotpStep(
      decryptSecret(account.mfaSecret, this.config.secretKey),
      account,
      code,
    );
    if (step !== null) {
      // Conditional update: the same code cannot be used twice, even concurrently.
      const result = await this.dataSource
        .createQueryBuilder()
        .update(AccountEntity)
        .set({ mfaLastStep: String(step) })
        .where('id = :id AND (mfa_last_step IS NULL OR mfa_last_step < :step)', {
          id: account.id,
          step,
        })
        .execute();
      return result.affected ? 'totp' : null;
    }
    const normalised = normaliseCode(code);
    if (normalised.length !== 10) return null;
    const result = await this.dataSource
      .getRepository(RecoveryCodeEntity)
      .update(
        { accountId: account.id, codeHash: sha256(normalised), usedAt: IsNull() },
        { usedAt: new Date() },
      );
    return result.affected ? 'recovery-code' : null;
  }

  private validTotpStep(secret: string, account: AccountEntity, code: string): number | null {
    const token = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(token)) return null;
    const delta = totpFor(secret, account.email ?? account.id).validate({ token, window: 1 });
    if (delta === null) return null;
    const step = Math.floor(Date.now() / 1000 / PERIOD) + delta;
    return account.mfaLastStep !== null && step <= Number(account.mfaLastStep) ? null : step;
  }

  private async replaceRecoveryCodes(
    manager: EntityManager,
    accountId: string,
    codes: string[],
  ): Promise<void> {
    const repository = manager.getRepository(RecoveryCodeEntity);
    await repository.delete({ accountId });
    await repository.insert(
      codes.map((code) => ({ accountId, codeHash: sha256(normaliseCode(code)), usedAt: null })),
    );
  }

  /** A change of privilege gets a new session id. */
  private async renewSession(
    actor: Actor,
    manager: EntityManager,
    response: Response,
  ): Promise<void> {
    if (actor.sessionId) await this.sessions.end(actor.sessionId);
    await this.sessions.start(actor.userId!, { mfaVerified: true }, response, manager);
  }

  private async account(actor: Actor): Promise<AccountEntity> {
    return this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: actor.userId });
  }
}
