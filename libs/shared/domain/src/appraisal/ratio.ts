/**
 * An exact fraction of two integers. Discount factors and present values are
 * kept as fractions so that no floating-point error ever reaches money; they
 * become whole pence in one place only, `roundToWhole`.
 */
export interface Ratio {
  readonly numerator: bigint;
  /** Always positive. */
  readonly denominator: bigint;
}

export function ratio(numerator: bigint, denominator: bigint = 1n): Ratio {
  if (denominator === 0n) throw new RangeError('A ratio cannot have a denominator of 0.');
  return denominator < 0n
    ? { numerator: -numerator, denominator: -denominator }
    : { numerator, denominator };
}

/**
 * THE rounding of the appraisal method: a fraction to the nearest whole
 * number (pence, when it is money), halves away from zero (£0.005 → £0.01,
 * −£0.005 → −£0.01). Every money figure the method reports goes through here
 * exactly once, from its exact value.
 */
export function roundToWhole(value: Ratio): bigint {
  const { numerator, denominator } = value;
  const quotient = numerator / denominator; // truncates towards zero
  const remainder = numerator % denominator;
  const magnitude = remainder < 0n ? -remainder : remainder;
  if (magnitude * 2n < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/** `value` × `numerator` / `denominator`, rounded once to a whole number (see roundToWhole). */
export function scaleToWhole(value: bigint, numerator: bigint, denominator: bigint): bigint {
  return roundToWhole(ratio(value * numerator, denominator));
}

/** A fraction as a decimal with `places` digits after the point, e.g. 0.96618… → "0.9662". */
export function formatRatio(value: Ratio, places: number): string {
  if (!Number.isInteger(places) || places < 0)
    throw new RangeError('places must be a whole number');
  const scale = 10n ** BigInt(places);
  const scaled = roundToWhole(ratio(value.numerator * scale, value.denominator));
  const sign = scaled < 0n ? '-' : '';
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(places + 1, '0');
  if (places === 0) return sign + digits;
  return `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** -1, 0 or 1: the sign of a fraction. */
export function signOf(value: Ratio): -1 | 0 | 1 {
  if (value.numerator === 0n) return 0;
  return value.numerator < 0n ? -1 : 1;
}
