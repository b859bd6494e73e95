import { sha256 } from '@lgx/api/core/auth';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';

import { SignInThrottleEntity } from './sign-in-throttle.entity';

/** After this many failures within the window, the key is locked for LOCK_MS. */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

/** Keys for an attempt: the account (by email) and the client's address, both hashed. */
export function throttleKeys(email: string, ip: string | undefined): string[] {
  const keys = [`account:${sha256(email.trim().toLowerCase())}`];
  if (ip) keys.push(`ip:${sha256(ip)}`);
  return keys;
}

/** Counts failed sign-ins (and MFA codes) per account and per IP, and locks after too many. */
@Injectable()
export class SignInThrottleService {
  constructor(
    @InjectRepository(SignInThrottleEntity)
    private readonly throttles: Repository<SignInThrottleEntity>,
  ) {}

  /** Minutes until the first locked key opens, or 0 when none is locked. */
  async lockedMinutes(keys: string[]): Promise<number> {
    const rows = await this.throttles.findBy({ key: In(keys) });
    const now = Date.now();
    const until = Math.max(0, ...rows.map((row) => (row.lockedUntil?.getTime() ?? 0) - now));
    return Math.ceil(until / 60_000);
  }

  async recordFailure(keys: string[]): Promise<void> {
    for (const key of keys) {
      // One statement per key: concurrent failures cannot lose a count.
      await this.throttles.query(
        `INSERT INTO sign_in_throttle (key, failures, window_started_at, locked_until)
         VALUES ($1, 1, now(), NULL)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN sign_in_throttle.window_started_at < now() - $2::interval THEN 1
                           ELSE sign_in_throttle.failures + 1 END,
           window_started_at = CASE WHEN sign_in_throttle.window_started_at < now() - $2::interval THEN now()
                                    ELSE sign_in_throttle.window_started_at END,
           locked_until = CASE WHEN sign_in_throttle.window_started_at >= now() - $2::interval
                                    AND sign_in_throttle.failures + 1 >= $3 THEN now() + $4::interval
                               ELSE sign_in_throttle.locked_until END`,
        [key, `${WINDOW_MS} milliseconds`, MAX_FAILURES, `${LOCK_MS} milliseconds`],
      );
    }
  }

  /**
   * Clears an account's count and lock, as a password reset proves the
   * address (the lock message offers a reset); the address's count stays.
   */
  async clearAccount(
    email: string,
    manager: EntityManager = this.throttles.manager,
  ): Promise<void> {
    const [accountKey] = throttleKeys(email, undefined);
    await manager.getRepository(SignInThrottleEntity).delete({ key: accountKey });
  }

  /** A success clears the account's count (not the address's, which may be shared). */
  async recordSuccess(keys: string[]): Promise<void> {
    const accountKeys = keys.filter((key) => key.startsWith('account:'));
    if (accountKeys.length > 0) await this.throttles.delete({ key: In(accountKeys) });
  }
}
