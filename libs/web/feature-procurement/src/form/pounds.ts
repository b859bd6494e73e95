/** Whole pence as pounds the way a person types them: "250000", "250000.50". */
export function poundsFromPence(pence: string): string {
  const amount = BigInt(pence);
  const pounds = amount / 100n;
  const rest = amount % 100n;
  return rest === 0n ? String(pounds) : `${pounds}.${String(rest).padStart(2, '0')}`;
}
