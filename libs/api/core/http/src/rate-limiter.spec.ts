import express from 'express';
import request from 'supertest';

import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows the limit at once, then refuses until the bucket refills', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    expect([1, 2, 3].map(() => limiter.take(['a']).allowed)).toEqual([true, true, true]);
    expect(limiter.take(['a'])).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(limiter.take(['b']).allowed).toBe(true);
    now = 20_000;
    expect(limiter.take(['a']).allowed).toBe(true);
    expect(limiter.take(['a']).allowed).toBe(false);
  });

  it('refuses when any key is out, without spending the others', () => {
    const limiter = new RateLimiter({ limit: 1, now: () => 0 });
    expect(limiter.take(['address:1', 'actor:x']).allowed).toBe(true);
    // The same person from another address is still refused...
    expect(limiter.take(['address:2', 'actor:x']).allowed).toBe(false);
    // ...and that refusal did not spend the second address's request.
    expect(limiter.take(['address:2']).allowed).toBe(true);
  });

  it('forgets the least recently seen keys beyond maxKeys', () => {
    const limiter = new RateLimiter({ limit: 1, maxKeys: 2, now: () => 0 });
    limiter.take(['a']);
    limiter.take(['b']);
    limiter.take(['a']);
    limiter.take(['c']);
    expect(limiter.size).toBe(2);
    // b was forgotten, so it starts full again; a is remembered and empty.
    expect(limiter.take(['b']).allowed).toBe(true);
    expect(limiter.take(['c']).allowed).toBe(false);
  });

  describe('as middleware', () => {
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

    it('leaves other paths alone', async () => {
      const app = appWith(new RateLimiter({ limit: 1 }));
      for (let i = 0; i < 3; i++) await request(app).get('/health/live').expect(200);
      await request(app).get('/graphqlx').expect(200);
      await request(app).get('/graphql').expect(200);
      await request(app).get('/graphql').expect(429);
    });

    it('limits a signed-in actor as well as the address', async () => {
      const limiter = new RateLimiter({ limit: 1 });
      await request(appWith(limiter, 'officer-1')).get('/graphql').expect(200);
      expect(limiter.size).toBe(2);
    });
  });
});
