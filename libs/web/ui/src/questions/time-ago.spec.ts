import { timeAgo } from './time-ago';

const NOW = new Date('2026-06-15T12:00:00Z');
const before = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();

describe('timeAgo', () => {
  it.each([
    [10, 'just now'],
    [60, '1 minute ago'],
    [59 * 60, '59 minutes ago'],
    [60 * 60, '1 hour ago'],
    [25 * 60 * 60, '1 day ago'],
    [3 * 24 * 60 * 60, '3 days ago'],
    [45 * 24 * 60 * 60, '1 month ago'],
    [400 * 24 * 60 * 60, '1 year ago'],
    [-30, 'just now'],
  ])('%i seconds before is "%s"', (seconds, words) => {
    expect(timeAgo(before(seconds), NOW)).toBe(words);
  });
});
