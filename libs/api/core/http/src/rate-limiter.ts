import type { Request, RequestHandler } from 'express';

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

export interface RateLimitOptions {
  /** Requests each key may make per window (default 300). */
  limit: number;
  /** The window, in milliseconds (default one minute). */
  windowMs: number;
  /** Paths limited, with everything under them (default /graphql). */
  paths: string[];
  /**
   * What a request counts against; each key must have room for it. By default
   * its address, and its user too when `request.lgxActorId` is set by then.
   */
  keyOf: ((request: Request) => string | undefined)[];
  /** The most keys remembered; the least recently seen are forgotten first (default 50,000). */
  maxKeys: number;
  /** The clock, in milliseconds; tests replace it. */
  now: () => number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  limit: 300,
  windowMs: 60_000,
  paths: ['/graphql'],
  keyOf: [addressKey, actorKey],
  maxKeys: 50_000,
  now: () => Date.now(),
};

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * An in-memory token bucket per key: `limit` requests at once, refilled
 * evenly over the window, so a burst is allowed but not a steady flood.
 * Per process: with several API processes, each allows the full limit.
 */
export class RateLimiter {
  readonly options: RateLimitOptions;
  // A Map keeps insertion order: re-inserting on every use makes its first
  // key the least recently seen, which is the one to forget when full.
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: Partial<RateLimitOptions> = {}) {
    this.options = { ...DEFAULT_RATE_LIMIT, ...options };
  }

  /** Takes one request from every key's bucket, or none when any of them is empty. */
  take(keys: string[]): RateLimitDecision {
    const { limit, windowMs } = this.options;
    const now = this.options.now();
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

  /** Express middleware: limits the configured paths and answers 429 when a key is out of requests. */
  middleware(): RequestHandler {
    const { paths, keyOf, limit } = this.options;
    const per = describeWindow(this.options.windowMs);
    return (request, response, next) => {
      if (!paths.some((path) => request.path === path || request.path.startsWith(`${path}/`))) {
        return next();
      }
      const keys = keyOf.map((key) => key(request)).filter((key): key is string => !!key);
      const decision = this.take(keys);
      if (decision.allowed) return next();
      const wait = decision.retryAfterSeconds;
      response.setHeader('Retry-After', String(wait));
      sendJsonError(
        response,
        429,
        'RATE_LIMITED',
        `Too many requests: the limit is ${limit} ${per}. Try again in ${wait} second${wait === 1 ? '' : 's'}.`,
      );
    };
  }

  private forgetOldest(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.options.maxKeys) return;
      this.buckets.delete(key);
    }
  }
}

function describeWindow(windowMs: number): string {
  if (windowMs === 60_000) return 'a minute';
  if (windowMs === 1_000) return 'a second';
  return `every ${windowMs / 1000} seconds`;
}
