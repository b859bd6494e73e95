/**
 * The web app path of a result, when it is one: a path on this site, never
 * another site (`//host`) or a script (`javascript:`).
 */
export function resultPath(url: string): string | null {
  if (!url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return null;
  return url;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** "3 May 2025", from the API's date and time; null when there is none or it is not a date. */
export function formatPublished(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : dateFormat.format(date);
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** "Showing 1 to 20 of 137 results", for the results count. */
export function resultsCountText(total: number, first: number, shown: number): string {
  if (total === 0) return 'No results';
  if (total === 1) return 'Showing 1 result';
  if (shown === 0) return `No more results: there are ${numberFormat.format(total)} in all`;
  return `Showing ${numberFormat.format(first)} to ${numberFormat.format(first + shown - 1)} of ${numberFormat.format(total)} results`;
}
