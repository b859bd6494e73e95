/** Pounds and pence as people write them, e.g. 1500000 → "£15,000". */
export function formatPence(pence: number): string {
  const pounds = pence / 100;
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'GBP',
    maximumFractionDigits: Number.isInteger(pounds) ? 0 : 2,
    minimumFractionDigits: Number.isInteger(pounds) ? 0 : 2,
  }).format(pounds);
}

/** The most money any form takes: £100bn, more than any council spends, and well inside bigint. */
export const MAX_PENCE = 100_000_000_000_00;

/** Money as typed, read: whole pence, or why it is not an amount that may be stored. */
export type PoundsReading =
  | { pence: number; problem?: undefined }
  | { pence?: undefined; problem: 'negative' | 'not-an-amount' | 'too-large' };

/**
 * Reads money as people type it ("£1,500,000", "1.5m", "250k", "12.50") into
 * whole pence, refusing negative amounts and amounts over `maxPence`. Never
 * uses floating-point arithmetic on the pence.
 */
export function readPounds(text: string, maxPence = MAX_PENCE): PoundsReading {
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(/[£,\s]/g, '');
  if (cleaned.startsWith('-')) return { problem: 'negative' };
  const match = /^(\d+)(?:\.(\d{1,2}))?(k|m)?$/.exec(cleaned);
  if (!match) return { problem: 'not-an-amount' };
  const [, whole, fraction = '', unit] = match;
  const pence = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  const scaled = unit === 'm' ? pence * 1_000_000n : unit === 'k' ? pence * 1_000n : pence;
  return scaled > BigInt(maxPence) ? { problem: 'too-large' } : { pence: Number(scaled) };
}

/** Money as typed in whole pence, or undefined when it is not an amount (or not a safe integer). */
export function parsePounds(text: string): number | undefined {
  return readPounds(text, Number.MAX_SAFE_INTEGER).pence;
}
