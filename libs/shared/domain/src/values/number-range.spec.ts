import { isWholeNumberBetween } from './number-range';

describe('isWholeNumberBetween', () => {
  it('accepts whole numbers in range, ends included', () => {
    for (const value of [0, 1, 10, 100]) expect(isWholeNumberBetween(value, 0, 100)).toBe(true);
  });

  it('refuses the rest', () => {
    for (const value of [
      -1,
      101,
      1.5,
      Number.NaN,
      Infinity,
      -Infinity,
      2147483647,
      1e308,
      '5',
      null,
    ])
      expect(isWholeNumberBetween(value, 0, 100)).toBe(false);
  });
});
