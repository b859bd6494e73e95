import { backoffDelay, isRetryableStatus, parseRetryAfter } from './contract-sync-retry';

const NOW = new Date('2026-10-21T07:28:00Z');
const MAX = 300_000;

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', NOW, MAX)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW, MAX)).toBe(0);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', NOW, MAX)).toBe(30_000);
  });

  it('waits nothing for a date already past', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', NOW, MAX)).toBe(0);
  });

  it('caps what a server asks for at the maximum', () => {
    expect(parseRetryAfter('86400', NOW, MAX)).toBe(MAX);
    expect(parseRetryAfter('Thu, 22 Oct 2026 07:28:00 GMT', NOW, MAX)).toBe(MAX);
  });

  it('ignores an absent or meaningless header, so the usual back-off applies', () => {
    for (const header of [undefined, null, '', '  ', '-5', '1.5', 'soon', '2026-10-21T07:30:00Z'])
      expect(parseRetryAfter(header, NOW, MAX)).toBeNull();
    expect(parseRetryAfter('Xyz, 99 Foo 2026 99:99:99 GMT', NOW, MAX)).toBeNull();
  });
});

describe('backoffDelay', () => {
  const timing = { baseDelayMs: 1000, maxDelayMs: 8000 };

  it('doubles the ceiling with each attempt, up to the cap', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 10].map((attempt) => backoffDelay(attempt, timing, top))).toEqual([
      999, 1999, 3999, 7999, 7999, 7999,
    ]);
  });

  it('spreads retries with jitter between nothing and the ceiling', () => {
    expect(backoffDelay(3, timing, () => 0)).toBe(0);
    expect(backoffDelay(3, timing, () => 0.5)).toBe(2000);
    for (let index = 0; index < 100; index++) {
      const delay = backoffDelay(3, timing);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(4000);
    }
  });
});

describe('isRetryableStatus', () => {
  it('retries 429 and 5xx only', () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 400, 401, 403, 404, 410].some(isRetryableStatus)).toBe(false);
  });
});
