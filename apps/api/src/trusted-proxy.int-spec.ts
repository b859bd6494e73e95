import { HTTP_RATE_LIMITS, type RateLimitRule } from '@lgx/api/core/http';
import { bootTestApp, type TestApp } from '@lgx/api/testing';
import request from 'supertest';

import { createApp } from './bootstrap';

jest.setTimeout(120_000);

const PROBE: RateLimitRule = { name: 'probe', paths: ['/probe'], limit: 2, windowMs: 60_000 };

/**
 * Behind nginx every request arrives from the proxy's address: with TRUST_PROXY
 * naming the proxy, each client is counted by the address the proxy forwards,
 * and a forwarded address from anyone else is ignored (decision 0068).
 */
describe('rate limits behind a trusted reverse proxy', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp((config) =>
      createApp(
        { ...config, http: { ...config.http, trustProxy: 'loopback' } },
        {
          logger: ['error'],
          importCouncils: false,
          http: { rateLimit: { rules: [PROBE, ...HTTP_RATE_LIMITS] } },
        },
      ),
    );
  });

  afterAll(() => app?.close());

  const probe = (forwardedFor: string) =>
    request(app.app.getHttpServer()).get('/probe').set('x-forwarded-for', forwardedFor);

  it('counts each forwarded client on its own, so one client over its limit leaves the others alone', async () => {
    const first = [
      await probe('203.0.113.5'),
      await probe('203.0.113.5'),
      await probe('203.0.113.5'),
    ];
    expect(first.map((response) => response.status)).toEqual([404, 404, 429]);
    // Another client behind the same proxy still has its whole limit.
    expect((await probe('203.0.113.6')).status).toBe(404);
    const [{ keys }] = (await app.dataSource.query(
      `SELECT array_agg(key ORDER BY key) AS keys FROM rate_limit WHERE key LIKE 'probe:%'`,
    )) as { keys: string[] }[];
    expect(keys).toEqual(['probe:address:203.0.113.5', 'probe:address:203.0.113.6']);
  });

  it('believes only the last hop the trusted proxy added, not what a client wrote before it', async () => {
    // A client that writes its own X-Forwarded-For in front of an untrusted hop is counted by that hop.
    const spoofed = [
      await probe('198.51.100.1, 192.0.2.9'),
      await probe('198.51.100.2, 192.0.2.9'),
      await probe('198.51.100.3, 192.0.2.9'),
    ];
    expect(spoofed.map((response) => response.status)).toEqual([404, 404, 429]);
  });
});
