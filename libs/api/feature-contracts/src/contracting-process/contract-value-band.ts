/**
 * The value bands of contracts in search, in pounds, each from its lower
 * bound (included) to the next band's. Only a value stated in pounds is
 * banded by amount: a value in another currency is never converted, and a
 * value with no currency is never assumed to be pounds (docs/decisions/0042).
 */
export const VALUE_BANDS: readonly { from: number; label: string }[] = [
  { from: 0, label: 'Under £25,000' },
  { from: 25_000, label: '£25,000 to under £100,000' },
  { from: 100_000, label: '£100,000 to under £1 million' },
  { from: 1_000_000, label: '£1 million to under £10 million' },
  { from: 10_000_000, label: '£10 million or more' },
];

/** A value the notice did not give (or gave as a negative amount, which is no value). */
export const VALUE_NOT_STATED = 'Value not stated';
/** An amount with no currency: shown as stated, never banded as pounds. */
export const VALUE_WITHOUT_CURRENCY = 'Value stated without a currency';
/** An amount in euros, dollars...: never converted. */
export const VALUE_IN_OTHER_CURRENCY = 'Value in another currency';

/** The amount in pounds, when the value is stated in pounds; otherwise undefined. */
export function poundsOf(amount: string | null, currency: string | null): number | undefined {
  if (amount === null || currency?.trim().toUpperCase() !== 'GBP') return undefined;
  const pounds = Number(amount);
  return Number.isFinite(pounds) && pounds >= 0 ? pounds : undefined;
}

/** The band of a contract's value as stated (amount as published, currency or null). */
export function valueBand(amount: string | null, currency: string | null): string {
  const number = amount === null ? Number.NaN : Number(amount);
  if (!Number.isFinite(number) || number < 0) return VALUE_NOT_STATED;
  if (currency === null || currency.trim() === '') return VALUE_WITHOUT_CURRENCY;
  const pounds = poundsOf(amount, currency);
  if (pounds === undefined) return VALUE_IN_OTHER_CURRENCY;
  return [...VALUE_BANDS].reverse().find((band) => pounds >= band.from)!.label;
}
