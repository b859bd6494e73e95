const wholePounds = new Intl.NumberFormat('en-GB');

export interface PoundsOptions {
  /** Commas between thousands ("2,000,000", the default) or none ("2000000"). */
  grouped?: boolean;
}

/**
 * Whole pence (as the API sends them, a string) as pounds to put back in a
 * form: "200000000" → "2,000,000", "1250" → "12.50"; nothing for a missing
 * or odd amount. Exact at any size.
 */
export function poundsFromPence(
  pence: string | null | undefined,
  { grouped = true }: PoundsOptions = {},
): string {
  if (!pence || !/^\d+$/.test(pence)) return '';
  const value = BigInt(pence);
  const pounds = grouped ? wholePounds.format(value / 100n) : String(value / 100n);
  const rest = value % 100n;
  return rest === 0n ? pounds : `${pounds}.${rest.toString().padStart(2, '0')}`;
}
