import { formatMonths, formatPayback } from './payback';

describe('formatMonths', () => {
  it.each([
    [1, '1 month'],
    [6, '6 months'],
    [11, '11 months'],
    [12, '1 year'],
    [13, '1 year and 1 month'],
    [18, '1 year and 6 months'],
    [24, '2 years'],
    [39, '3 years and 3 months'],
  ])('says %d months as "%s"', (months, words) => {
    expect(formatMonths(months)).toBe(words);
  });
});

describe('formatPayback', () => {
  it('gives the period when there is one', () => {
    expect(formatPayback(6, true)).toBe('6 months');
    expect(formatPayback(18, true)).toBe('1 year and 6 months');
  });

  it('says when there was nothing to pay back', () => {
    expect(formatPayback(0, true)).toBe('Straight away: there was no investment');
  });

  it('tells a missing figure from savings that never pay back', () => {
    expect(formatPayback(null, false)).toBe('Not given');
    expect(formatPayback(null, true)).toBe(
      'Does not pay back: running costs match or exceed the savings',
    );
  });
});
