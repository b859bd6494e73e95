import { sha256 } from '@lgx/api/core/auth';
import { isRefusal, RATE_LIMIT_TABLE, sharedLimiter } from '@lgx/api/core/http';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource, EntityManager } from 'typeorm';

import { signInUnavailable } from '../identity.errors';

/** After this many failures within the window, the next attempt locks the key for LOCK_MS. */
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
    // The (MAX_FAILURES + 1)-th attempt in a window is over: it locks the key for LOCK_MS.
    this.limiter = sharedLimiter(dataSource, {
      keyPrefix: 'sign-in',
      points: MAX_FAILURES,
      windowMs: WINDOW_MS,
      blockMs: LOCK_MS,
    });
  }

  /**
   * Counts an attempt against every key BEFORE its password is checked, so
   * guesses arriving at once (on any process) cannot all pass a check made
   * before any of them is counted; a success gives its count back
   * (recordSuccess). The keys are counted one after another, in order (the
   * account first): an attempt refused on one key is not counted on the keys
   * after it, and the keys before it get their count back. Counted at once,
   * a burst could take the account's first ten places and the address's last
   * ones in different orders, and fewer than ten guesses would pass; one
   * after another, a burst of guesses at one account from one address lets
   * exactly MAX_FAILURES through, on any number of processes.
   * Returns the minutes until the last locked key opens when any is locked
   * (the attempt is refused), else 0.
   */
  async attempt(keys: string[]): Promise<number> {
    return this.counted(
      (async () => {
        for (const [index, key] of keys.entries()) {
          const waitMs = await this.limiter.consume(key).then(
            () => 0,
            (reason: unknown) => {
              if (!isRefusal(reason)) throw reason;
              return Math.max(1, reason.msBeforeNext);
            },
          );
          if (waitMs === 0) continue;
          // A refused attempt is not a guess: the keys before this one get their count back;
          // the wait is until the last locked key opens (the ones after are read, not counted).
          const [later] = await Promise.all([
            Promise.all(keys.slice(index + 1).map((unread) => this.lockedForMs(unread))),
            Promise.all(keys.slice(0, index).map((counted) => this.limiter.reward(counted))),
          ]);
          return Math.ceil(Math.max(waitMs, ...later) / 60_000);
        }
        return 0;
      })(),
    );
  }

  /** How long a key stays locked (0 when it is open), without counting anything against it. */
  private async lockedForMs(key: string): Promise<number> {
    const state = await this.limiter.get(key);
    return state && state.consumedPoints > MAX_FAILURES ? Math.max(1, state.msBeforeNext) : 0;
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

  /**
   * A success clears the account's count and gives back the attempt it
   * counted on the other keys (the address's, which may be shared, and an
   * MFA challenge's).
   */
  async recordSuccess(keys: string[]): Promise<void> {
    await this.counted(
      Promise.all(
        keys.map((key) =>
          key.startsWith('account:') ? this.limiter.delete(key) : this.limiter.reward(key),
        ),
      ),
    );
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
