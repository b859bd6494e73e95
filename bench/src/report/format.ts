const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 172,470 */
export const count = (value: number): string => whole.format(value);

/** 1,417.3 */
export const decimal = (value: number): string => one.format(value);

/** Milliseconds with sensible precision: 0.84, 12.3, 1,204. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return whole.format(value);
}
