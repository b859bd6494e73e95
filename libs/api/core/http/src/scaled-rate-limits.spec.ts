import { scaledRateLimits } from './apply-http-hardening';
import { HTTP_RATE_LIMITS } from './rate-limiter';

describe('scaledRateLimits (RATE_LIMIT_SCALE)', () => {
  const limitOf = (rules: ReturnType<typeof scaledRateLimits>, name: string) =>
    rules.find((rule) => rule.name === name)?.limit;

  it('multiplies every limit, keeping each rule and its paths', () => {
    const scaled = scaledRateLimits(10);
    expect(scaled.map((rule) => rule.name)).toEqual(HTTP_RATE_LIMITS.map((rule) => rule.name));
    expect(limitOf(scaled, 'graphql')).toBe(3_000);
    expect(limitOf(scaled, 'web')).toBe(12_000);
    expect(scaled[0]?.paths).toBe(HTTP_RATE_LIMITS[0]?.paths);
  });

  it('leaves the limits as they are at 1, and never goes below 1', () => {
    expect(scaledRateLimits(1).map((rule) => rule.limit)).toEqual(
      HTTP_RATE_LIMITS.map((rule) => rule.limit),
    );
    expect(Math.min(...scaledRateLimits(0.0001).map((rule) => rule.limit))).toBe(1);
  });
});
