import { formatRatio, ratio, roundToWhole, scaleToWhole, signOf } from './ratio';

describe('exact ratios and the one rounding', () => {
  it('rounds to the nearest whole number, halves away from zero', () => {
    expect(roundToWhole(ratio(5n, 2n))).toBe(3n);
    expect(roundToWhole(ratio(-5n, 2n))).toBe(-3n);
    expect(roundToWhole(ratio(7n, 3n))).toBe(2n);
    expect(roundToWhole(ratio(-7n, 3n))).toBe(-2n);
    expect(roundToWhole(ratio(8n, 3n))).toBe(3n);
    expect(roundToWhole(ratio(1n, -2n))).toBe(-1n);
    expect(roundToWhole(ratio(0n, 7n))).toBe(0n);
  });

  it('scales an amount and rounds it once', () => {
    // £1,500,000 plus 24%, and 1p plus 50% (1.5p → 2p).
    expect(scaleToWhole(150_000_000n, 124n, 100n)).toBe(186_000_000n);
    expect(scaleToWhole(1n, 150n, 100n)).toBe(2n);
  });

  it('writes a ratio as a decimal', () => {
    expect(formatRatio(ratio(2n, 3n), 4)).toBe('0.6667');
    expect(formatRatio(ratio(-2n, 3n), 2)).toBe('-0.67');
    expect(formatRatio(ratio(1n, 200n), 2)).toBe('0.01');
    expect(formatRatio(ratio(12345n, 100n), 0)).toBe('123');
    expect(formatRatio(ratio(3n), 2)).toBe('3.00');
    expect(() => formatRatio(ratio(1n), -1)).toThrow(RangeError);
  });

  it('refuses a denominator of 0 and knows a sign', () => {
    expect(() => ratio(1n, 0n)).toThrow(RangeError);
    expect([signOf(ratio(-1n, 3n)), signOf(ratio(0n)), signOf(ratio(1n, -3n))]).toEqual([
      -1, 0, -1,
    ]);
    expect(signOf(ratio(2n, 3n))).toBe(1);
  });
});
