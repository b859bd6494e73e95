import { sha256 } from '@lgx/api/core/auth';
import { isRefusal, RATE_LIMIT_TABLE, sharedLimiter } from '@lgx/api/core/http';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource, EntityManager } from 'typeorm';

import { signInUnavailable } from '../identity.errors';

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

/**
 * Counts failed sign-ins (and MFA codes) per account and per IP, and locks
 * after too many: in PostgreSQL through rate-limiter-flexible, so every API
 * process sees the same counts. It fails closed: when the counts cannot be
 * read or written, signing in is refused (SIGN_IN_UNAVAILABLE), never let
 * through uncounted (decision 0058).
 */
@Injectable()
export class SignInThrottleService {
  private readonly logger = new Logger(SignInThrottleService.name);
  private readonly limiter: RateLimiterPostgres;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    // MAX_FAILURES - 1 points: the MAX_FAILURES-th failure is the one over, which locks.
    this.limiter = sharedLimiter(dataSource, {
      keyPrefix: 'sign-in',
      points: MAX_FAILURES - 1,
      windowMs: WINDOW_MS,
      blockMs: LOCK_MS,
    });
  }

  /** Minutes until the last locked key opens, or 0 when none is locked. */
  async lockedMinutes(keys: string[]): Promise<number> {
    const counts = await this.counted(Promise.all(keys.map((key) => this.limiter.get(key))));
    const waitMs = Math.max(
      0,
      ...counts.map((count) =>
        count && count.consumedPoints >= MAX_FAILURES ? count.msBeforeNext : 0,
      ),
    );
    return Math.ceil(waitMs / 60_000);
  }

  /** Counts a failure against every key (one atomic statement each, so none is lost). */
  async recordFailure(keys: string[]): Promise<void> {
    await this.counted(
      Promise.all(
        keys.map((key) =>
          this.limiter.consume(key).catch((reason: unknown) => {
            // Over the limit is what a failure is for: the key is locked now.
            if (!isRefusal(reason)) throw reason;
          }),
        ),
      ),
    );
  }

  /**
   * Clears an account's count and lock, as a password reset proves the
   * address (the lock message offers a reset); the address's count stays.
   * In the caller's transaction, so it clears only when the reset commits.
   */
  async clearAccount(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const [accountKey] = throttleKeys(email, undefined);
    await manager.query(`DELETE FROM "${RATE_LIMIT_TABLE}" WHERE key = $1`, [
      this.limiter.getKey(accountKey!),
    ]);
  }

  /** A success clears the account's count (not the address's, which may be shared). */
  async recordSuccess(keys: string[]): Promise<void> {
    const accountKeys = keys.filter((key) => key.startsWith('account:'));
    await this.counted(Promise.all(accountKeys.map((key) => this.limiter.delete(key))));
  }

  /** The counts' answer, or SIGN_IN_UNAVAILABLE when PostgreSQL cannot give it. */
  private async counted<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      this.logger.error(
        `Sign-in throttling could not reach its counts: refusing (${error instanceof Error ? error.message : String(error)})`,
      );
      throw signInUnavailable();
    }
  }
}
