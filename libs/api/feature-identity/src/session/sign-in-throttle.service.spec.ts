import { sha256 } from '@lgx/api/core/auth';
import { Logger } from '@nestjs/common';
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
});
