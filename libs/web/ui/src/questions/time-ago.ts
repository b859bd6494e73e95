const UNITS: [limitSeconds: number, secondsPerUnit: number, unit: string][] = [
  [60 * 60, 60, 'minute'],
  [24 * 60 * 60, 60 * 60, 'hour'],
  [30 * 24 * 60 * 60, 24 * 60 * 60, 'day'],
  [365 * 24 * 60 * 60, 30 * 24 * 60 * 60, 'month'],
  [Number.POSITIVE_INFINITY, 365 * 24 * 60 * 60, 'year'],
];

/** How long ago, in words: "just now", "1 minute ago", "3 days ago", "2 years ago". */
export function timeAgo(when: string | Date, now: Date = new Date()): string {
  const seconds = Math.max(0, (now.getTime() - new Date(when).getTime()) / 1000);
  if (seconds < 60) return 'just now';
  const [, perUnit, unit] = UNITS.find(([limit]) => seconds < limit)!;
  const count = Math.floor(seconds / perUnit);
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}
