/**
 * A seeded pseudo-random generator for property tests: the same seed gives
 * the same sectors on every run. `next(n)` is an integer in [0, n).
 *
 * Not the `seed * 1103515245 + 12345` LCG the first property tests used: in
 * JavaScript numbers that product passes 2^53 and loses its low bits, so
 * `seed % n` was stuck (always 0 for n = 2 or 4 from seed 7), and an LCG's
 * low bits repeat with a short period anyway. This is mulberry32, all in
 * 32-bit integer arithmetic (Math.imul), taking the HIGH bits for the range.
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    return Math.floor(unit * n);
  };
}
