import { type Ratio, ratio } from './ratio';

/** One band of the Green Book's declining long-term discount rate. */
export interface DiscountBand {
  /** First year of the band (year 0 is the present). */
  readonly fromYear: number;
  /** Last year of the band; null for the last band, which never ends. */
  readonly toYear: number | null;
  /** The real discount rate in basis points (350 = 3.5% a year). */
  readonly rateBasisPoints: number;
}

/**
 * The Green Book's standard discount rate: 3.5% real for years 0 to 30, then
 * declining for the long term. HM Treasury, The Green Book (2003 Annex 6,
 * Table 6.1 "The declining long term discount rate"; unchanged in the 2022
 * and 2026 editions, Annex A6 "Discounting").
 */
export const GREEN_BOOK_DISCOUNT_SCHEDULE: readonly DiscountBand[] = Object.freeze([
  { fromYear: 0, toYear: 30, rateBasisPoints: 350 },
  { fromYear: 31, toYear: 75, rateBasisPoints: 300 },
  { fromYear: 76, toYear: 125, rateBasisPoints: 250 },
  { fromYear: 126, toYear: 200, rateBasisPoints: 200 },
  { fromYear: 201, toYear: 300, rateBasisPoints: 150 },
  { fromYear: 301, toYear: null, rateBasisPoints: 100 },
]);

const BASIS = 10_000n;

/** The discount rate that applies to year `year` (in basis points). */
export function discountRateBasisPoints(year: number): number {
  const band = GREEN_BOOK_DISCOUNT_SCHEDULE.find(
    (b) => year >= b.fromYear && (b.toYear === null || year <= b.toYear),
  );
  if (!band || !Number.isInteger(year)) {
    throw new RangeError(`There is no discount rate for year ${year}: years are whole, from 0.`);
  }
  return band.rateBasisPoints;
}

/**
 * The products (1 + r₁)(1 + r₂)…(1 + rₜ) × 10000ᵗ for t = 0 … lastYear, each
 * year at its own band's rate: after year 30 the factor is the year-30
 * factor divided by 1.03 for every further year, not 1/1.03ᵗ.
 */
function growthNumerators(lastYear: number): bigint[] {
  const products: bigint[] = [1n];
  for (let year = 1; year <= lastYear; year += 1) {
    products.push(products[year - 1]! * (BASIS + BigInt(discountRateBasisPoints(year))));
  }
  return products;
}

/** The exact discount factor of year `year` (1 for year 0), from the declining schedule. */
export function discountFactor(year: number): Ratio {
  if (!Number.isInteger(year) || year < 0) {
    throw new RangeError(`There is no discount factor for year ${year}: years are whole, from 0.`);
  }
  const products = growthNumerators(year);
  return ratio(BASIS ** BigInt(year), products[year]!);
}

/** The exact discount factors of years 0 … lastYear. */
export function discountFactors(lastYear: number): Ratio[] {
  const products = growthNumerators(lastYear);
  return products.map((product, year) => ratio(BASIS ** BigInt(year), product));
}

/**
 * Exact present values of a stream of yearly amounts in pence (index = year),
 * all over one common denominator, so that they add and compare exactly:
 * `numerators[t] / denominator` is year t's present value, and any running
 * total of numerators over the same denominator is the running present value.
 */
export interface PresentValues {
  readonly numerators: readonly bigint[];
  readonly denominator: bigint;
}

export function presentValues(amounts: readonly bigint[]): PresentValues {
  if (amounts.length === 0) return { numerators: [], denominator: 1n };
  const lastYear = amounts.length - 1;
  const products = growthNumerators(lastYear);
  const denominator = products[lastYear]!;
  const numerators = amounts.map(
    (amount, year) => amount * BASIS ** BigInt(year) * (denominator / products[year]!),
  );
  return { numerators, denominator };
}

/** The sum of `amounts` discounted to year 0, exactly. */
export function presentValue(amounts: readonly bigint[]): Ratio {
  const { numerators, denominator } = presentValues(amounts);
  return ratio(
    numerators.reduce((sum, value) => sum + value, 0n),
    denominator,
  );
}
