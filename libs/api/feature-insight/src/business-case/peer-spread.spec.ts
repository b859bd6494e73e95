import { spreadOfMonths, spreadOfPence } from './peer-spread';

describe('the spread of a figure across peers', () => {
  it('is nothing without peers, never a made-up number', () => {
    expect(spreadOfPence([])).toBeNull();
  });

  it('gives one peer as low, median and high, with n = 1', () => {
    expect(spreadOfPence([{ value: 500n, source: 'a' }])).toEqual({
      n: 1,
      low: { value: 500n, sources: ['a'] },
      median: { value: 500n, sources: ['a'] },
      high: { value: 500n, sources: ['a'] },
    });
  });

  it('takes the middle peer of an odd number, whatever order they come in', () => {
    const spread = spreadOfPence([
      { value: 900n, source: 'c' },
      { value: 100n, source: 'a' },
      { value: 400n, source: 'b' },
    ]);
    expect(spread).toEqual({
      n: 3,
      low: { value: 100n, sources: ['a'] },
      median: { value: 400n, sources: ['b'] },
      high: { value: 900n, sources: ['c'] },
    });
  });

  it('takes the midpoint of the middle two of an even number, rounded once, naming both', () => {
    const spread = spreadOfPence([
      { value: 100n, source: 'a' },
      { value: 201n, source: 'b' },
      { value: 300n, source: 'c' },
      { value: 1_000n, source: 'd' },
    ]);
    // (201 + 300) / 2 = 250.5p → 251p (halves away from zero)
    expect(spread!.median).toEqual({ value: 251n, sources: ['b', 'c'] });
    expect(spread!.n).toBe(4);
  });

  it('names every peer that shares a value', () => {
    const spread = spreadOfPence([
      { value: 5n, source: 'a' },
      { value: 5n, source: 'b' },
      { value: 9n, source: 'c' },
    ]);
    expect(spread!.low.sources).toEqual(['a', 'b']);
    expect(spread!.median.sources).toEqual(['a', 'b']);
  });

  it('spreads periods in months', () => {
    expect(
      spreadOfMonths([
        { value: 48, source: 'a' },
        { value: 36, source: 'b' },
      ]),
    ).toEqual({
      n: 2,
      low: { value: 36, sources: ['b'] },
      median: { value: 42, sources: ['b', 'a'] },
      high: { value: 48, sources: ['a'] },
    });
  });
});
