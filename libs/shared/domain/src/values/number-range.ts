/** True for a whole number from `min` to `max` inclusive (never NaN, Infinity or a fraction). */
export function isWholeNumberBetween(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
