import { formatLondonTime } from './format-london-time';

describe('formatLondonTime', () => {
  it('shows winter times in GMT', () => {
    expect(formatLondonTime('2025-01-15T09:30:05Z')).toBe('15 Jan 2025, 09:30:05');
  });

  it('shows summer times in BST, an hour ahead of UTC', () => {
    expect(formatLondonTime('2025-07-07T13:03:09.123Z')).toBe('7 Jul 2025, 14:03:09');
  });

  it('crosses midnight with the clocks', () => {
    expect(formatLondonTime('2025-06-30T23:30:00Z')).toBe('1 Jul 2025, 00:30:00');
  });

  it('gives back what it cannot read', () => {
    expect(formatLondonTime('not a date')).toBe('not a date');
  });
});
