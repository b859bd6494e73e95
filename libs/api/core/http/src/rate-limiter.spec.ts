import express from 'express';
import request from 'supertest';

import { HTTP_RATE_LIMITS, RateLimiter, rateLimitRuleFor, TokenBuckets } from './rate-limiter';

describe('TokenBuckets', () => {
  it('allows the limit at once, then refuses until the bucket refills', () => {
    let now = 0;
    const buckets = new TokenBuckets(3, 60_000, 100, () => now);
    expect([1, 2, 3].map(() => buckets.take(['a']).allowed)).toEqual([true, true, true]);
    expect(buckets.take(['a'])).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(buckets.take(['b']).allowed).toBe(true);
    now = 20_000;
    expect(buckets.take(['a']).allowed).toBe(true);
    expect(buckets.take(['a']).allowed).toBe(false);
  });

  it('refuses when any key is out, without spending the others', () => {
    const buckets = new TokenBuckets(1, 60_000, 100, () => 0);
    expect(buckets.take(['address:1', 'actor:x']).allowed).toBe(true);
    // The same person from another address is still refused...
    expect(buckets.take(['address:2', 'actor:x']).allowed).toBe(false);
    // ...and that refusal did not spend the second address's request.
    expect(buckets.take(['address:2']).allowed).toBe(true);
  });

  it('forgets the least recently seen keys beyond maxKeys', () => {
    const buckets = new TokenBuckets(1, 60_000, 2, () => 0);
    buckets.take(['a']);
    buckets.take(['b']);
    buckets.take(['a']);
    buckets.take(['c']);
    expect(buckets.size).toBe(2);
    // b was forgotten, so it starts full again; a is remembered and empty.
    expect(buckets.take(['b']).allowed).toBe(true);
    expect(buckets.take(['c']).allowed).toBe(false);
  });
});

describe('the HTTP rate limits', () => {
  it.each([
    ['/graphql', 'graphql'],
    ['/graphql/', 'graphql'],
    // Express routes any case to the same handler, so the limits follow it.
    ['/GraphQL', 'graphql'],
    ['/AUTH/sso/start', 'auth'],
    ['/Auth/SSO/Callback', 'auth'],
    ['/ATTACHMENTS/0b6c/plan.pdf', 'files'],
    ['/Case-Studies/0b6c/Attachments', 'files'],
    ['/graphqlx', 'web'],
    ['/auth/sso/start', 'auth'],
    ['/auth/sso/callback', 'auth'],
    ['/attachments/0b6c/plan.pdf', 'files'],
    ['/procurement-documents/0b6c/spec.pdf', 'files'],
    ['/procurement-exports/0b6c/ocds.json', 'files'],
    ['/case-studies/0b6c/attachments', 'files'],
    ['/procurement-groups/0b6c/documents', 'files'],
    ['/case-studies/0b6c', 'web'],
    ['/', 'web'],
    ['/assets/index-abc.js', 'web'],
    ['/metrics', 'web'],
    ['/dev/mailbox', 'web'],
    ['/anything/else', 'web'],
  ])('limits %s as %s', (path, name) => {
    expect(rateLimitRuleFor(path)?.name).toBe(name);
  });

  it.each(['/health', '/health/live', '/health/ready'])('leaves %s to the probes', (path) => {
    expect(rateLimitRuleFor(path)).toBeUndefined();
  });

  it('keeps GraphQL at 300 a minute and sign-on below it', () => {
    const limitOf = (name: string) => HTTP_RATE_LIMITS.find((rule) => rule.name === name)!.limit;
    expect(limitOf('graphql')).toBe(300);
    expect(limitOf('auth')).toBeLessThan(limitOf('files'));
    expect(limitOf('files')).toBeLessThan(limitOf('graphql'));
  });
});

describe('RateLimiter as middleware', () => {
  const appWith = (limiter: RateLimiter, actor?: string) => {
    const app = express();
    app.use((req, _res, next) => {
      (req as typeof req & { lgxActorId?: string }).lgxActorId = actor;
      next();
    });
    app.use(limiter.middleware());
    app.all('/{*path}', (_req, res) => {
      res.json({ ok: true });
    });
    return app;
  };

  it('answers 429 with Retry-After and a RATE_LIMITED error after the limit', async () => {
    const app = appWith(new RateLimiter({ limit: 2 }));
    await request(app).post('/graphql').expect(200);
    await request(app).post('/graphql').expect(200);
    const refused = await request(app).post('/graphql').expect(429);
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.body).toEqual({
      errors: [
        {
          message: 'Too many requests: the limit is 2 a minute. Try again in 30 seconds.',
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });
  });

  it.each([
    '/attachments/0b6c/plan.pdf',
    '/procurement-documents/0b6c/spec.pdf',
    '/procurement-exports/0b6c/ocds.json',
    '/auth/sso/start?email=a@b.gov.uk',
    '/auth/sso/callback?code=x&state=y',
    '/case-studies/3/attachments',
    '/councils/DER',
  ])('limits %s too', async (path) => {
    const app = appWith(new RateLimiter({ limit: 1 }));
    await request(app).get(path).expect(200);
    const refused = await request(app).get(path).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED' });
  });

  it('counts each class of route on its own, and never limits health', async () => {
    const app = appWith(new RateLimiter({ limit: 1 }));
    for (let i = 0; i < 3; i++) await request(app).get('/health/live').expect(200);
    await request(app).get('/assets/app.js').expect(200);
    await request(app).get('/attachments/1/a.pdf').expect(200);
    await request(app).get('/auth/sso/start').expect(200);
    await request(app).get('/graphql').expect(200);
    await request(app).get('/graphql').expect(429);
    await request(app).get('/auth/sso/callback').expect(429);
  });

  it('takes its counts from another store when given one, such as a shared database', async () => {
    const seen: string[][] = [];
    const limiter = new RateLimiter({
      store: (rule) => ({
        take: async (keys) => {
          seen.push([rule.name, ...keys]);
          return rule.name === 'files'
            ? { allowed: false, retryAfterSeconds: 7 }
            : { allowed: true };
        },
      }),
    });
    await request(appWith(limiter)).get('/graphql').expect(200);
    const refused = await request(appWith(limiter)).get('/attachments/1/a.pdf').expect(429);
    expect(refused.headers['retry-after']).toBe('7');
    expect(seen.map(([name]) => name)).toEqual(['graphql', 'files']);
  });

  it('answers 503 with Retry-After when the store cannot count a rule that must not run uncounted', async () => {
    const limiter = new RateLimiter({
      store: () => ({
        take: async () => ({ allowed: false, unavailable: true, retryAfterSeconds: 5 }),
      }),
    });
    const refused = await request(appWith(limiter)).get('/auth/sso/start').expect(503);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.body).toEqual({
      errors: [
        {
          message: 'This service is unavailable for a moment. Try again in 5 seconds.',
          extensions: { code: 'RATE_LIMIT_UNAVAILABLE' },
        },
      ],
    });
  });

  it('limits a signed-in actor as well as the address', async () => {
    const limiter = new RateLimiter({ limit: 1 });
    await request(appWith(limiter, 'officer-1')).get('/graphql').expect(200);
    expect(limiter.size).toBe(2);
  });
});
