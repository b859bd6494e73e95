import { ratio, roundToWhole } from '@lgx/shared/domain';

/** One peer's value of a figure, with the case study it comes from. */
export interface PeerValue<T> {
  readonly value: T;
  /** The case study's id. */
  readonly source: string;
}

/** A value of the spread and the case studies it was read from. */
export interface Sourced<T> {
  readonly value: T;
  readonly sources: readonly string[];
}

/** Lowest, median and highest of one figure across n peers, never one invented number. */
export interface Spread<T> {
  readonly n: number;
  readonly low: Sourced<T>;
  readonly median: Sourced<T>;
  readonly high: Sourced<T>;
}

interface Arithmetic<T> {
  compare(a: T, b: T): number;
  /** The value halfway between two, for the median of an even number of peers. */
  midpoint(a: T, b: T): T;
}

const PENCE: Arithmetic<bigint> = {
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  midpoint: (a, b) => roundToWhole(ratio(a + b, 2n)),
};

const MONTHS: Arithmetic<number> = {
  compare: (a, b) => a - b,
  midpoint: (a, b) => (a + b) / 2,
};

function spread<T>(values: readonly PeerValue<T>[], arithmetic: Arithmetic<T>): Spread<T> | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => arithmetic.compare(a.value, b.value));
  const sourcesOf = (value: T) =>
    sorted.filter((peer) => arithmetic.compare(peer.value, value) === 0).map((peer) => peer.source);
  const at = (value: T): Sourced<T> => ({ value, sources: sourcesOf(value) });
  const middle = Math.floor(sorted.length / 2);
  let median: Sourced<T>;
  if (sorted.length % 2 === 1) median = at(sorted[middle]!.value);
  else {
    const below = sorted[middle - 1]!;
    const above = sorted[middle]!;
    median = {
      value: arithmetic.midpoint(below.value, above.value),
      sources: [...new Set([...sourcesOf(below.value), ...sourcesOf(above.value)])],
    };
  }
  return { n: sorted.length, low: at(sorted[0]!.value), median, high: at(sorted.at(-1)!.value) };
}

/** The spread of an amount of money across peers: the median of two is their midpoint, rounded once. */
export const spreadOfPence = (values: readonly PeerValue<bigint>[]) => spread(values, PENCE);

/** The spread of a period in months across peers. */
export const spreadOfMonths = (values: readonly PeerValue<number>[]) => spread(values, MONTHS);
