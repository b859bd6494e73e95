import type { Request } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';

import { actorKey, addressKey, HTTP_RATE_LIMITS, type RateLimitRule } from './rate-limiter';
import { sharedLimiter, SharedRateLimits, sharedRateLimitStores } from './shared-rate-limits';

const RULE: RateLimitRule = { name: 'graphql', paths: ['/graphql'], limit: 2, windowMs: 60_000 };

/** A database whose every query fails, as when PostgreSQL is unreachable. */
const unreachable = () => ({
  driver: {
    master: { query: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) },
  },
});

const quietLogger = () => ({ warn: jest.fn() });

describe('SharedRateLimits', () => {
  it('takes one from every key and refuses when any key is over, with Retry-After to its window end', async () => {
    const limiter = new RateLimiterMemory({ keyPrefix: 'graphql', points: 2, duration: 60 });
    const store = new SharedRateLimits(RULE, limiter);
    expect(await store.take(['address:a', 'actor:1'])).toEqual({ allowed: true });
    expect(await store.take(['address:b', 'actor:1'])).toEqual({ allowed: true });
    // actor:1 is out, address:c is not: refused all the same.
    const refused = await store.take(['address:c', 'actor:1']);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    const wait = (refused as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(59);
    expect(wait).toBeLessThanOrEqual(60);
    // Another actor from a fresh address is unaffected.
    expect(await store.take(['address:d', 'actor:2'])).toEqual({ allowed: true });
  });

  it('says at least one second, never 0, when the window is about to end', async () => {
    const limiter = new RateLimiterMemory({ points: 1, duration: 0.2 });
    const store = new SharedRateLimits({ ...RULE, limit: 1, windowMs: 200 }, limiter);
    await store.take(['address:a']);
    expect(await store.take(['address:a'])).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('counts in this process only while PostgreSQL does not answer, and says so once', async () => {
    const logger = quietLogger();
    const store = new SharedRateLimits(
      RULE,
      sharedLimiter(unreachable(), { keyPrefix: 'graphql', points: 2, windowMs: 60_000 }),
      () => Date.now(),
      logger,
    );
    expect(await store.take(['address:a'])).toEqual({ allowed: true });
    expect(await store.take(['address:a'])).toEqual({ allowed: true });
    // Degraded, never unlimited: the per-process limit still holds.
    expect(await store.take(['address:a'])).toMatchObject({ allowed: false });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toMatch(/graphql limit counts in this process only/);
  });

  it('refuses with unavailable (503) for a rule that must not run uncounted', async () => {
    const auth = HTTP_RATE_LIMITS.find((rule) => rule.name === 'auth')!;
    expect(auth.whenStoreDown).toBe('refuse');
    const store = new SharedRateLimits(
      auth,
      sharedLimiter(unreachable(), { keyPrefix: 'auth', points: 60, windowMs: 60_000 }),
      () => Date.now(),
      quietLogger(),
    );
    expect(await store.take(['address:a'])).toEqual({
      allowed: false,
      unavailable: true,
      retryAfterSeconds: 5,
    });
  });
});

describe('sharedLimiter', () => {
  it('counts in the migrated rate_limit table, and sweeps expired rows once per database', () => {
    const database = unreachable();
    const options = { keyPrefix: 'graphql', points: 300, windowMs: 60_000 };
    const [first, second] = [sharedLimiter(database, options), sharedLimiter(database, options)];
    const other = sharedLimiter(unreachable(), options);
    type Internals = { tableName: string; tableCreated: boolean; clearExpiredByTimeout: boolean };
    const [a, b, c] = [first, second, other] as unknown as Internals[];
    expect([a!.tableName, a!.tableCreated]).toEqual(['rate_limit', true]);
    expect([a!.clearExpiredByTimeout, b!.clearExpiredByTimeout, c!.clearExpiredByTimeout]).toEqual([
      true,
      false,
      true,
    ]);
    expect(first.getKey('address:192.0.2.1')).toBe('graphql:address:192.0.2.1');
  });
});

describe('the keys a request is counted against', () => {
  const requestFrom = (ip: string, actor?: string) =>
    ({ ip, socket: {}, lgxActorId: actor }) as unknown as Request;

  it.each([
    ['192.0.2.1', 'address:192.0.2.1'],
    ['::ffff:192.0.2.1', 'address:192.0.2.1'],
    ['2001:db8:1:2:3:4:5:6', 'address:2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', 'address:2001:db8:1:2::/64'],
  ])('counts %s as %s (an IPv6 /64 as one client)', (ip, key) => {
    expect(addressKey(requestFrom(ip))).toBe(key);
  });

  it('counts the signed-in actor apart from the address, and no actor when signed out', () => {
    expect(actorKey(requestFrom('192.0.2.1', 'a1'))).toBe('actor:a1');
    expect(actorKey(requestFrom('192.0.2.1'))).toBeUndefined();
  });
});

describe('sharedRateLimitStores', () => {
  it('is shared (PostgreSQL) unless RATE_LIMIT_STORE=memory says per process', () => {
    const stores = sharedRateLimitStores(unreachable(), 'postgres');
    expect(stores?.(RULE)).toBeInstanceOf(SharedRateLimits);
    expect(sharedRateLimitStores(unreachable())).toBeDefined();
    expect(sharedRateLimitStores(unreachable(), 'memory')).toBeUndefined();
  });

  it('keeps every shipped rule with its limit, and refuses only sign-on when the store is down', () => {
    expect(
      HTTP_RATE_LIMITS.map((rule) => [rule.name, rule.limit, rule.windowMs, rule.whenStoreDown]),
    ).toEqual([
      ['auth', 60, 60_000, 'refuse'],
      ['files', 120, 60_000, undefined],
      ['graphql', 300, 60_000, undefined],
      ['feeds', 300, 60_000, undefined],
      ['web', 1_200, 60_000, undefined],
    ]);
  });
});
