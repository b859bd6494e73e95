import { AuditService } from '@lgx/api/core/audit';
import { Injectable } from '@nestjs/common';

import { tooManyAttempts } from '../identity.errors';
import { SignInThrottleService, throttleKeys } from '../session/sign-in-throttle.service';
import type { AccountEntity } from './account.entity';
import { verifyPassword } from './password-hashing';

/** Why a signed-in person is asked for their password again. */
export type PasswordConfirmationPurpose = 'change-password' | 'delete-account';

/**
 * Checks a signed-in person's password before a sensitive change. A wrong
 * password is a guess like a failed sign-in, so it counts against the same
 * keys (the account and the address) and locks both the same way.
 */
@Injectable()
export class PasswordConfirmationService {
  constructor(
    private readonly throttle: SignInThrottleService,
    private readonly audit: AuditService,
  ) {}

  /**
   * True when the password is the account's. Refuses with TOO_MANY_ATTEMPTS
   * while the account or the address is locked, whatever the password.
   */
  async confirm(
    account: Pick<AccountEntity, 'id' | 'email' | 'passwordHash'>,
    password: string,
    ip: string | undefined,
    purpose: PasswordConfirmationPurpose,
  ): Promise<boolean> {
    const keys = throttleKeys(account.email ?? `id:${account.id}`, ip);
    const target = { type: 'account', id: account.id };
    const locked = await this.throttle.attempt(keys);
    if (locked > 0) {
      await this.audit.record({
        action: 'password-confirmation',
        outcome: 'denied',
        target,
        details: { purpose, reason: 'throttled' },
      });
      throw tooManyAttempts(locked);
    }
    const correct = await verifyPassword(account.passwordHash, password);
    if (!correct) {
      await this.audit.record({
        action: 'password-confirmation',
        outcome: 'failure',
        target,
        details: { purpose, reason: 'wrong password' },
      });
      return false;
    }
    await this.throttle.recordSuccess(keys);
    return true;
  }
}
