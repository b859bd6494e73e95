import { seededRandom } from './seeded-random';

describe('the seeded generator of the property tests', () => {
  it('repeats for the same seed, and differs between seeds', () => {
    const draw = (seed: number) => {
      const next = seededRandom(seed);
      return Array.from({ length: 20 }, () => next(100));
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
  });

  it('covers every small value evenly, without cycling in a short period', () => {
    for (const n of [2, 3, 4, 6]) {
      const next = seededRandom(7);
      const draws = Array.from({ length: 600 }, () => next(n));
      for (let value = 0; value < n; value++) {
        const share = draws.filter((d) => d === value).length / draws.length;
        expect(Math.abs(share - 1 / n)).toBeLessThan(0.08);
      }
      // Not periodic with a short period (the low bits of an LCG repeat every 2^k draws).
      for (const period of [1, 2, 4, 8, 16])
        expect(draws.every((d, i) => i < period || d === draws[i - period])).toBe(false);
      // Pairs of draws: every combination turns up.
      const pairs = new Set(draws.slice(1).map((d, i) => `${draws[i]}:${d}`));
      expect(pairs.size).toBe(n * n);
    }
  });
});
