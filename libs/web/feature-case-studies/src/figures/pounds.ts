const wholePounds = new Intl.NumberFormat('en-GB');

/**
 * Whole pence (as the API sends them, a string) as pounds to put back in a
 * form: "200000000" → "2,000,000", "1250" → "12.50". Exact at any size.
 */
export function poundsFromPence(pence: string | null | undefined): string {
  if (!pence || !/^\d+$/.test(pence)) return '';
  const value = BigInt(pence);
  const pounds = wholePounds.format(value / 100n);
  const rest = value % 100n;
  return rest === 0n ? pounds : `${pounds}.${rest.toString().padStart(2, '0')}`;
}
