/** A seeded pseudo-random generator (sfc32): the same seed makes the same corpus. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    // cyrb128: spreads a string seed over the four 32-bit words of state.
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (let i = 0; i < seed.length; i++) {
      const k = seed.charCodeAt(i);
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    this.a = Math.imul(h3 ^ (h1 >>> 18), 597399067) >>> 0;
    this.b = Math.imul(h4 ^ (h2 >>> 22), 2869860233) >>> 0;
    this.c = Math.imul(h1 ^ (h3 >>> 17), 951274213) >>> 0;
    this.d = Math.imul(h2 ^ (h4 >>> 19), 2716044179) >>> 0;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const taken: T[] = [];
    while (taken.length < count && pool.length > 0)
      taken.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return taken;
  }

  /** Log-normal around `median` (spread is the standard deviation of the logarithm). */
  logNormal(median: number, spread: number): number {
    const u = 1 - this.next();
    const v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(spread * normal);
  }
}

/** Items drawn by weight (binary search over cumulative weights). */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length)
      throw new Error('Weighted needs one weight per item, and at least one item');
    let sum = 0;
    for (const weight of weights) this.cumulative.push((sum += weight));
    this.total = sum;
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }

  /** Up to `count` distinct items, each drawn by weight. */
  pickDistinct(random: Random, count: number): T[] {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < count && tries < count * 20; tries++)
      chosen.add(this.pick(random));
    return [...chosen];
  }
}

/** Zipf-like weights for items in order of popularity: a few common ones and a long tail. */
export function zipfWeights(count: number, exponent = 1.1): number[] {
  return Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** exponent);
}

/** Items in order of popularity, as a Zipf-weighted picker. */
export function skewed<T>(items: readonly T[], exponent = 1.1): Weighted<T> {
  return new Weighted(items, zipfWeights(items.length, exponent));
}
