const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A number of months for people: "6 months", "1 year", "2 years and 3 months". */
export function formatMonths(months: number): string {
  if (months < 12) return plural(months, 'month');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0
    ? plural(years, 'year')
    : `${plural(years, 'year')} and ${plural(rest, 'month')}`;
}

/**
 * The payback period LGX worked out, in words. The API gives no months when
 * a figure is missing or when running costs eat the savings: `known` (both
 * the investment and the savings were given) tells them apart.
 */
export function formatPayback(months: number | null, known: boolean): string {
  if (months === null)
    return known ? 'Does not pay back: running costs match or exceed the savings' : 'Not given';
  if (months === 0) return 'Straight away: there was no investment';
  return formatMonths(months);
}
