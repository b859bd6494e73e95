import { sha256 } from '@lgx/api/core/auth';
import { Logger } from '@nestjs/common';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource, EntityManager } from 'typeorm';

import { SignInThrottleService, throttleKeys } from './sign-in-throttle.service';

/** A DataSource whose pool fails every query, as when PostgreSQL is unreachable. */
function unreachable(): DataSource {
  const fail = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
  return { driver: { master: { query: fail } }, manager: { query: fail } } as unknown as DataSource;
}

describe('throttleKeys', () => {
  it('counts the account (its email, however written) and the address, both hashed', () => {
    expect(throttleKeys(' Someone@Derby.gov.uk ', '192.0.2.1')).toEqual([
      `account:${sha256('someone@derby.gov.uk')}`,
      `ip:${sha256('192.0.2.1')}`,
    ]);
    expect(throttleKeys('someone@derby.gov.uk', undefined)).toEqual([
      `account:${sha256('someone@derby.gov.uk')}`,
    ]);
  });
});

describe('SignInThrottleService', () => {
  let logged: jest.SpyInstance;
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('fails closed: without its counts, sign-in is refused with SIGN_IN_UNAVAILABLE, never let through', async () => {
    const throttle = new SignInThrottleService(unreachable());
    const keys = throttleKeys('someone@derby.gov.uk', '192.0.2.1');
    for (const step of [() => throttle.attempt(keys), () => throttle.recordSuccess(keys)]) {
      await expect(step()).rejects.toMatchObject({
        extensions: { code: 'SIGN_IN_UNAVAILABLE' },
        message: 'Signing in is unavailable for a moment. Try again in a minute.',
      });
    }
    // Said in the log (the cause, never a secret), for the operators.
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/ECONNREFUSED/));
  });

  it("clears an account's count in the caller's transaction, by the key the limiter writes", async () => {
    const throttle = new SignInThrottleService(unreachable());
    const query = jest.fn().mockResolvedValue([]);
    await throttle.clearAccount(' Someone@Derby.gov.uk ', { query } as unknown as EntityManager);
    expect(query).toHaveBeenCalledWith('DELETE FROM "rate_limit" WHERE key = $1', [
      `sign-in:account:${sha256('someone@derby.gov.uk')}`,
    ]);
  });

  /** The service with a limiter in memory: consume refuses past `limit`, as the shared one does. */
  function counting(limit: number) {
    const throttle = new SignInThrottleService(unreachable());
    const points = new Map<string, number>();
    const calls: string[] = [];
    const limiter = {
      consume: jest.fn(async (key: string) => {
        calls.push(`consume ${key}`);
        const consumed = (points.get(key) ?? 0) + 1;
        points.set(key, consumed);
        if (consumed > limit) throw new RateLimiterRes(0, 60_000 * consumed, consumed);
        return new RateLimiterRes(limit - consumed, 60_000, consumed);
      }),
      reward: jest.fn(async (key: string) => {
        calls.push(`reward ${key}`);
        points.set(key, (points.get(key) ?? 0) - 1);
      }),
      get: jest.fn(async (key: string) => {
        const consumed = points.get(key) ?? 0;
        return consumed ? new RateLimiterRes(0, 60_000 * consumed, consumed) : null;
      }),
    };
    Object.assign(throttle, { limiter });
    return { throttle, points, calls };
  }

  it('counts the keys one after another: a refusal on the account is not counted on the address', async () => {
    const { throttle, points, calls } = counting(10);
    const [account, address] = throttleKeys('someone@derby.gov.uk', '192.0.2.1') as [
      string,
      string,
    ];
    for (let guess = 0; guess < 10; guess++)
      expect(await throttle.attempt([account, address])).toBe(0);
    calls.length = 0;
    expect(await throttle.attempt([account, address])).toBe(11);
    // Only the account was counted; the address was read, not counted.
    expect(calls).toEqual([`consume ${account}`]);
    expect(points.get(address)).toBe(10);
  });

  it('gives the keys before a refused one their count back, and waits for the last locked key', async () => {
    const { throttle, points, calls } = counting(10);
    const [account, address] = throttleKeys('someone@derby.gov.uk', '192.0.2.1') as [
      string,
      string,
    ];
    points.set(address, 12);
    points.set(account, 3);
    // The address is over (13th); the account's count is given back; the wait is the address's.
    expect(await throttle.attempt([account, address])).toBe(13);
    expect(calls).toEqual([`consume ${account}`, `consume ${address}`, `reward ${account}`]);
    expect(points.get(account)).toBe(3);
    // Both locked: refused on the account, the wait is the later of the two (the address's 13).
    points.set(account, 10);
    expect(await throttle.attempt([account, address])).toBe(13);
    expect(points.get(address)).toBe(13);
  });
});
