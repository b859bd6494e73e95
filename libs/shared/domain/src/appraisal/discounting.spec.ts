import {
  discountFactor,
  discountRateBasisPoints,
  GREEN_BOOK_DISCOUNT_SCHEDULE,
  presentValue,
} from './discounting';
import { formatRatio, type Ratio, ratio } from './ratio';

const factor = (year: number) => formatRatio(discountFactor(year), 4);
const sameValue = (a: Ratio, b: Ratio) =>
  a.numerator * b.denominator === b.numerator * a.denominator;

describe('Green Book discount factors', () => {
  // The Green Book's discount factors for the standard rate, to 4 decimals:
  // 3.5% a year to year 30, 3.0% from year 31 to 75, 2.5% from 76 to 125.
  it.each([
    [0, '1.0000'],
    [1, '0.9662'],
    [2, '0.9335'],
    [3, '0.9019'],
    [4, '0.8714'],
    [5, '0.8420'],
    [10, '0.7089'],
    [20, '0.5026'],
    [29, '0.3687'],
    [30, '0.3563'],
    [31, '0.3459'],
    [32, '0.3358'],
    [50, '0.1973'],
    [75, '0.0942'],
    [76, '0.0919'],
    [100, '0.0508'],
    [125, '0.0274'],
  ])('year %i is %s', (year, expected) => {
    expect(factor(year)).toBe(expected);
  });

  it('after year 30 divides the year-30 factor by 1.03 a year, not 1.03 to the power of the year', () => {
    const year30 = discountFactor(30);
    expect(
      sameValue(discountFactor(31), ratio(year30.numerator * 100n, year30.denominator * 103n)),
    ).toBe(true);
    // A flat 3.5% would give 0.3442 for year 31; 1/1.03³¹ would give 0.4000.
    expect(factor(31)).not.toBe('0.3442');
    expect(factor(31)).not.toBe('0.4000');
    const year75 = discountFactor(75);
    expect(
      sameValue(discountFactor(76), ratio(year75.numerator * 1000n, year75.denominator * 1025n)),
    ).toBe(true);
  });

  it('applies each band from its first year to its last', () => {
    expect(
      [0, 1, 30, 31, 75, 76, 125, 126, 200, 201, 300, 301, 1000].map(discountRateBasisPoints),
    ).toEqual([350, 350, 350, 300, 300, 250, 250, 200, 200, 150, 150, 100, 100]);
    expect(GREEN_BOOK_DISCOUNT_SCHEDULE[0]).toEqual({
      fromYear: 0,
      toYear: 30,
      rateBasisPoints: 350,
    });
  });

  it('refuses years that are not whole or are before year 0', () => {
    expect(() => discountFactor(-1)).toThrow(RangeError);
    expect(() => discountFactor(1.5)).toThrow(RangeError);
    expect(() => discountRateBasisPoints(Number.NaN)).toThrow(RangeError);
  });

  it('discounts a stream of amounts exactly', () => {
    // £100 now and £103.50 next year are worth £200 today at 3.5%.
    expect(sameValue(presentValue([10_000n, 10_350n]), ratio(20_000n))).toBe(true);
    // £100 in year 31 is £100 × 0.3459… today.
    const year31 = Array.from({ length: 32 }, (_, year) => (year === 31 ? 10_000n : 0n));
    expect(formatRatio(presentValue(year31), 2)).toBe('3459.01');
    expect(presentValue([])).toEqual({ numerator: 0n, denominator: 1n });
  });
});
