import type { Request, RequestHandler, Response } from 'express';

import { clientAddress } from './client-address';
import { sendJsonError } from './json-error';

/** Counts a request against its client's address. */
export function addressKey(request: Request): string {
  return `address:${clientAddress(request)}`;
}

/**
 * Counts a request against its signed-in user too: the identity middleware
 * sets `request.lgxActorId`, so this key applies only where the limiter runs
 * after it.
 */
export function actorKey(request: Request): string | undefined {
  const actor = (request as Request & { lgxActorId?: string }).lgxActorId;
  return actor ? `actor:${actor}` : undefined;
}

/**
 * One class of routes and its limit: `limit` requests per key, refilled
 * evenly over `windowMs`. Each class has its own buckets, so a page's
 * scripts do not use up the person's GraphQL requests.
 */
export interface RateLimitRule {
  /** Names the class in keys and logs, e.g. 'graphql'. */
  name: string;
  /** Paths covered: a string covers that path and everything under it; a RegExp is tested on the path. */
  paths: (string | RegExp)[];
  /** Requests each key may make per window. */
  limit: number;
  /** The window, in milliseconds. */
  windowMs: number;
  /**
   * When the shared store (PostgreSQL) cannot answer: count in this process
   * only ('per-process', the default: degraded, never unlimited) or refuse
   * with 503 ('refuse', for routes that are no use without the database).
   * Decision 0058.
   */
  whenStoreDown?: 'per-process' | 'refuse';
}

const MINUTE = 60_000;

/**
 * Every route is limited, by the first rule whose paths cover it: sign-on
 * redirects tightly (each starts a login at the council's provider), files
 * (uploads and downloads) below GraphQL, and everything else (the web app,
 * its assets, metrics) generously. Only the health probes are left out.
 */
export const HTTP_RATE_LIMITS: readonly RateLimitRule[] = [
  // Each start of sign-on needs the database anyway: never unlimited when it is down.
  { name: 'auth', paths: ['/auth'], limit: 60, windowMs: MINUTE, whenStoreDown: 'refuse' },
  {
    name: 'files',
    paths: [
      '/attachments',
      '/procurement-documents',
      '/procurement-exports',
      /^\/case-studies\/[^/]+\/attachments\/?$/,
      /^\/procurement-groups\/[^/]+\/documents\/?$/,
    ],
    limit: 120,
    windowMs: MINUTE,
  },
  { name: 'graphql', paths: ['/graphql'], limit: 300, windowMs: MINUTE },
  // Each feed is a search: limited as GraphQL is, in buckets of its own.
  { name: 'feeds', paths: ['/feeds'], limit: 300, windowMs: MINUTE },
  { name: 'web', paths: ['/'], limit: 1_200, windowMs: MINUTE },
];

/** Never limited, so load balancers and probes keep working during a flood. */
export const RATE_LIMIT_EXEMPT: readonly string[] = ['/health'];

export interface RateLimitOptions {
  /** The classes of routes, first match wins (default HTTP_RATE_LIMITS). */
  rules: readonly RateLimitRule[];
  /** Paths never limited, with everything under them (default /health). */
  exempt: readonly string[];
  /**
   * Sets every rule's limit (and window) at once, e.g. a low limit in a
   * test or a huge one in a benchmark.
   */
  limit?: number;
  windowMs?: number;
  /**
   * What a request counts against; each key must have room for it. By default
   * its address, and its user too when `request.lgxActorId` is set by then.
   */
  keyOf: ((request: Request) => string | undefined)[];
  /** The most keys each rule remembers; the least recently seen are forgotten first (default 50,000). */
  maxKeys: number;
  /** The clock, in milliseconds; tests replace it. */
  now: () => number;
  /**
   * Where each rule's counts are kept: in memory when absent (TokenBuckets,
   * per process: unit tests, or RATE_LIMIT_STORE=memory); the API passes
   * the PostgreSQL store shared by every process (sharedRateLimitStores).
   */
  store?: (rule: RateLimitRule) => RateLimitStore;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  rules: HTTP_RATE_LIMITS,
  exempt: RATE_LIMIT_EXEMPT,
  keyOf: [addressKey, actorKey],
  maxKeys: 50_000,
  now: () => Date.now(),
};

/** Whether `path` is `prefix` or under it (so /graphql covers /graphql/x but not /graphqlx). */
function isUnder(path: string, prefix: string): boolean {
  if (prefix === '/') return true;
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * The rule that limits a path, or undefined when it is exempt or no rule
 * covers it. Express routes paths whatever their case (/AUTH/sso/start
 * reaches /auth/sso/start), so the rule is chosen on the lower-case path.
 */
export function rateLimitRuleFor(
  requestPath: string,
  options: Pick<RateLimitOptions, 'rules' | 'exempt'> = DEFAULT_RATE_LIMIT,
): RateLimitRule | undefined {
  const path = requestPath.toLowerCase();
  if (options.exempt.some((prefix) => isUnder(path, prefix))) return undefined;
  return options.rules.find((rule) =>
    rule.paths.some((match) =>
      typeof match === 'string' ? isUnder(path, match) : match.test(path),
    ),
  );
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Allowed, or refused: over the limit (429), or `unavailable` when the store cannot count (503). */
export type RateLimitDecision =
  { allowed: true } | { allowed: false; retryAfterSeconds: number; unavailable?: true };

/** Counts one rule's requests: takes one for every key, or none when any key is out. */
export interface RateLimitStore {
  take(keys: string[]): RateLimitDecision | Promise<RateLimitDecision>;
}

/**
 * An in-memory token bucket per key for one limit: `limit` requests at once,
 * refilled evenly over the window, so a burst is allowed but not a steady
 * flood. Per process: with several API processes, each allows the full limit,
 * so the API uses it only in unit tests, when configured, or while the shared
 * store is down (SharedRateLimits).
 */
export class TokenBuckets implements RateLimitStore {
  // A Map keeps insertion order: re-inserting on every use makes its first
  // key the least recently seen, which is the one to forget when full.
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys: number = DEFAULT_RATE_LIMIT.maxKeys,
    private readonly now: () => number = DEFAULT_RATE_LIMIT.now,
  ) {}

  /** Takes one request from every key's bucket, or none when any of them is empty. */
  take(keys: string[]): RateLimitDecision {
    const { limit, windowMs } = this;
    const now = this.now();
    const buckets = keys.map((key) => {
      const bucket = this.buckets.get(key) ?? { tokens: limit, updatedAt: now };
      const refill = ((now - bucket.updatedAt) * limit) / windowMs;
      return { key, tokens: Math.min(limit, bucket.tokens + Math.max(0, refill)) };
    });
    const short = Math.min(limit, ...buckets.map((bucket) => bucket.tokens));
    const allowed = short >= 1;
    for (const { key, tokens } of buckets) {
      this.buckets.delete(key);
      this.buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, updatedAt: now });
    }
    this.forgetOldest();
    if (allowed) return { allowed: true };
    return {
      allowed: false,
      retryAfterSeconds: Math.ceil(((1 - short) * windowMs) / limit / 1000),
    };
  }

  /** How many keys are remembered now. */
  get size(): number {
    return this.buckets.size;
  }

  private forgetOldest(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) return;
      this.buckets.delete(key);
    }
  }
}

/**
 * The HTTP rate limit: every request is counted against the rule covering
 * its path (see HTTP_RATE_LIMITS), per key, and refused with 429, a
 * Retry-After header and a RATE_LIMITED error once any key is out.
 */
export class RateLimiter {
  readonly options: RateLimitOptions;
  private readonly rules: readonly RateLimitRule[];
  private readonly stores = new Map<string, RateLimitStore>();

  constructor(options: Partial<RateLimitOptions> = {}) {
    this.options = { ...DEFAULT_RATE_LIMIT, ...options };
    const { limit, windowMs } = this.options;
    this.rules = this.options.rules.map((rule) => ({
      ...rule,
      limit: limit ?? rule.limit,
      windowMs: windowMs ?? rule.windowMs,
    }));
    const store =
      this.options.store ??
      ((rule: RateLimitRule) =>
        new TokenBuckets(rule.limit, rule.windowMs, this.options.maxKeys, this.options.now));
    for (const rule of this.rules) this.stores.set(rule.name, store(rule));
  }

  /** The rule (with any overrides applied) that limits a path, or undefined when none does. */
  ruleFor(path: string): RateLimitRule | undefined {
    return rateLimitRuleFor(path, { rules: this.rules, exempt: this.options.exempt });
  }

  /** How many keys the in-memory stores remember now, over every rule. */
  get size(): number {
    return [...this.stores.values()].reduce(
      (sum, store) => sum + (store instanceof TokenBuckets ? store.size : 0),
      0,
    );
  }

  /** Express middleware: limits every covered path and answers 429 when a key is out of requests. */
  middleware(): RequestHandler {
    const { keyOf } = this.options;
    const refuse = (response: Response, rule: RateLimitRule, wait: number) => {
      response.setHeader('Retry-After', String(wait));
      sendJsonError(
        response,
        429,
        'RATE_LIMITED',
        `Too many requests: the limit is ${rule.limit} ${describeWindow(rule.windowMs)}. Try again in ${wait} second${wait === 1 ? '' : 's'}.`,
      );
    };
    const unavailable = (response: Response, wait: number) => {
      response.setHeader('Retry-After', String(wait));
      sendJsonError(
        response,
        503,
        'RATE_LIMIT_UNAVAILABLE',
        `This service is unavailable for a moment. Try again in ${wait} seconds.`,
      );
    };
    return (request, response, next) => {
      const rule = this.ruleFor(request.path);
      if (!rule) return next();
      const keys = keyOf.map((key) => key(request)).filter((key): key is string => !!key);
      if (keys.length === 0) return next();
      Promise.resolve(this.stores.get(rule.name)!.take(keys)).then((decision) => {
        if (decision.allowed) next();
        else if (decision.unavailable) unavailable(response, decision.retryAfterSeconds);
        else refuse(response, rule, decision.retryAfterSeconds);
      }, next);
    };
  }
}

function describeWindow(windowMs: number): string {
  if (windowMs === 60_000) return 'a minute';
  if (windowMs === 1_000) return 'a second';
  return `every ${windowMs / 1000} seconds`;
}
