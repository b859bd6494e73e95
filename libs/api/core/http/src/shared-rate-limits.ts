import { Logger } from '@nestjs/common';
import {
  type RateLimiterAbstract,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';

import type { RateLimitDecision, RateLimitRule, RateLimitStore } from './rate-limiter';
import { TokenBuckets } from './rate-limiter';

/** The table every process counts in (migration 1796740000000, decision 0058). */
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * The database the counts are kept in: the app's TypeORM DataSource, whose
 * pg pool the limiter borrows (one statement per key per request).
 */
export interface RateLimitDatabase {
  readonly driver: unknown;
}

export interface SharedLimiterOptions {
  /** Names the counter in each row's key ("<keyPrefix>:<key>"), e.g. a rule's name. */
  keyPrefix: string;
  /** Requests (or failures) allowed per window; one more is refused. */
  points: number;
  windowMs: number;
  /** Once over, the key stays refused this long (from that moment) instead of until the window ends. */
  blockMs?: number;
  /**
   * Once a key is refused, this process refuses it from memory until its
   * window ends, without asking PostgreSQL: a flood costs no queries.
   */
  blockInMemory?: boolean;
}

// One sweep of expired rows per database (per process), whatever the number of limiters.
const swept = new WeakSet<object>();

/**
 * rate-limiter-flexible's PostgreSQL limiter on the shared table, which a
 * migration creates (`tableCreated: true`). The first limiter made for a
 * database also sweeps rows expired over an hour ago, every five minutes
 * (the library's clearExpiredByTimeout).
 */
export function sharedLimiter(
  database: RateLimitDatabase,
  options: SharedLimiterOptions,
): RateLimiterPostgres {
  const sweep = !swept.has(database);
  swept.add(database);
  return new RateLimiterPostgres({
    storeClient: database,
    storeType: 'typeorm',
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    clearExpiredByTimeout: sweep,
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.windowMs / 1000,
    blockDuration: options.blockMs ? options.blockMs / 1000 : 0,
    inMemoryBlockOnConsumed: options.blockInMemory ? options.points + 1 : 0,
  });
}

/** Whether a limiter's rejection is a refusal (over the limit) rather than a failure of its store. */
export function isRefusal(reason: unknown): reason is RateLimiterRes {
  return reason instanceof RateLimiterRes;
}

const DOWN_LOG_INTERVAL_MS = 60_000;

/**
 * One rule's counts in a limiter shared by every process (rate-limiter-flexible,
 * PostgreSQL in the API). A request takes one from each of its keys, in
 * parallel (one round trip); it is refused when any key is over, with
 * Retry-After the time until the last of them opens.
 *
 * When the store cannot answer, the rule's `whenStoreDown` decides:
 * 'per-process' counts in this process's memory until it answers again (each
 * process then allows the full limit: degraded, never unlimited), 'refuse'
 * answers 503 (decision 0058). Either way a warning is logged, at most once a
 * minute per rule.
 */
export class SharedRateLimits implements RateLimitStore {
  private readonly fallback: TokenBuckets;
  private lastWarnedAt = -Infinity;

  constructor(
    private readonly rule: RateLimitRule,
    private readonly limiter: RateLimiterAbstract,
    private readonly now: () => number = () => Date.now(),
    private readonly logger: Pick<Logger, 'warn'> = new Logger('RateLimit'),
  ) {
    this.fallback = new TokenBuckets(rule.limit, rule.windowMs, undefined, now);
  }

  async take(keys: string[]): Promise<RateLimitDecision> {
    const results = await Promise.allSettled(keys.map((key) => this.limiter.consume(key)));
    const failure = results.find(
      (result) => result.status === 'rejected' && !isRefusal(result.reason),
    );
    if (failure) return this.storeDown(keys, (failure as PromiseRejectedResult).reason);
    const refusals = results.flatMap((result) =>
      result.status === 'rejected' ? [result.reason as RateLimiterRes] : [],
    );
    if (refusals.length === 0) return { allowed: true };
    const waitMs = Math.max(...refusals.map((refusal) => refusal.msBeforeNext));
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  private storeDown(keys: string[], reason: unknown): RateLimitDecision {
    const refuse = this.rule.whenStoreDown === 'refuse';
    if (this.now() - this.lastWarnedAt >= DOWN_LOG_INTERVAL_MS) {
      this.lastWarnedAt = this.now();
      const cause = reason instanceof Error ? reason.message : String(reason);
      this.logger.warn(
        `The shared rate limit store did not answer (${cause}): the ${this.rule.name} limit ${
          refuse ? 'refuses requests with 503' : 'counts in this process only'
        } until it does.`,
      );
    }
    if (refuse) return { allowed: false, unavailable: true, retryAfterSeconds: 5 };
    return this.fallback.take(keys);
  }
}

/**
 * The stores of the HTTP rate limits, shared by every API process through
 * PostgreSQL: `undefined` (each process counts in memory) only when
 * RATE_LIMIT_STORE=memory is configured.
 */
export function sharedRateLimitStores(
  database: RateLimitDatabase,
  store: 'postgres' | 'memory' = 'postgres',
): ((rule: RateLimitRule) => RateLimitStore) | undefined {
  if (store === 'memory') return undefined;
  return (rule) =>
    new SharedRateLimits(
      rule,
      sharedLimiter(database, {
        keyPrefix: rule.name,
        points: rule.limit,
        windowMs: rule.windowMs,
        blockInMemory: true,
      }),
    );
}
