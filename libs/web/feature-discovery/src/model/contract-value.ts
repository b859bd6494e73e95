const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "1234567.5" as "1,234,567.50", digit for digit (no rounding through a float). */
function groupDigits(amount: string): string | null {
  const match = PLAIN_DECIMAL.exec(amount.trim());
  if (!match) return null;
  const [, sign, whole, fraction] = match;
  const grouped = whole!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const pence = fraction === undefined ? '' : `.${fraction.padEnd(2, '0')}`;
  return `${sign}${grouped}${pence}`;
}

/**
 * A contract's value as the notice stated it: pounds with a pound sign, any
 * other currency after the amount, and an amount without a currency said to
 * be so, never taken for pounds. Null when no value was stated.
 */
export function statedValueText(
  amount: string | null | undefined,
  currency: string | null | undefined,
): string | null {
  if (amount === null || amount === undefined || amount.trim() === '') return null;
  const digits = groupDigits(amount) ?? amount.trim();
  const code = currency?.trim().toUpperCase();
  if (!code) return `${digits} (no currency stated)`;
  if (code === 'GBP') return digits.startsWith('-') ? `-£${digits.slice(1)}` : `£${digits}`;
  return `${digits} ${code}`;
}
