import {
  formatPence,
  MAX_PENCE,
  parsePounds,
  paybackMonths,
  readPounds,
  threeYearNetBenefitPence,
} from './figures';

const pounds = (value: number) => value * 100;

describe('derived figures', () => {
  it('computes payback from investment and net yearly savings', () => {
    // Derby's public figures: £2m invested, up to £12m saved over 3 years (£4m a year).
    expect(
      paybackMonths({
        investmentPence: pounds(2_000_000),
        runningCostPencePerYear: 0,
        cashableSavingsPencePerYear: pounds(4_000_000),
      }),
    ).toBe(6);
    // Net of running costs: (120k - 20k) a year pays back 150k in 18 months.
    expect(
      paybackMonths({
        investmentPence: pounds(150_000),
        runningCostPencePerYear: pounds(20_000),
        cashableSavingsPencePerYear: pounds(120_000),
      }),
    ).toBe(18);
    // Rounded up: 100k at 70k a year is 17.14 months.
    expect(
      paybackMonths({
        investmentPence: pounds(100_000),
        runningCostPencePerYear: null,
        cashableSavingsPencePerYear: pounds(70_000),
      }),
    ).toBe(18);
  });

  it('says never when running costs eat the savings, and unknown when figures are missing', () => {
    expect(
      paybackMonths({
        investmentPence: pounds(1),
        runningCostPencePerYear: pounds(10),
        cashableSavingsPencePerYear: pounds(10),
      }),
    ).toBeNull();
    expect(
      paybackMonths({
        investmentPence: null,
        runningCostPencePerYear: 0,
        cashableSavingsPencePerYear: pounds(10),
      }),
    ).toBeNull();
    expect(
      paybackMonths({
        investmentPence: 0,
        runningCostPencePerYear: 0,
        cashableSavingsPencePerYear: pounds(10),
      }),
    ).toBe(0);
  });

  it('computes the three-year net benefit exactly', () => {
    expect(
      threeYearNetBenefitPence({
        investmentPence: pounds(150_000),
        runningCostPencePerYear: pounds(20_000),
        cashableSavingsPencePerYear: pounds(120_000),
      }),
    ).toBe(pounds(150_000));
    expect(
      threeYearNetBenefitPence({
        investmentPence: 1,
        runningCostPencePerYear: 1,
        cashableSavingsPencePerYear: 1,
      }),
    ).toBe(-1);
    expect(
      threeYearNetBenefitPence({
        investmentPence: null,
        runningCostPencePerYear: 0,
        cashableSavingsPencePerYear: 5,
      }),
    ).toBeNull();
  });

  it('parses and formats pounds without floating point', () => {
    expect(parsePounds('£1,500,000')).toBe(150_000_000);
    expect(parsePounds('1.5m')).toBe(150_000_000);
    expect(parsePounds('250k')).toBe(25_000_000);
    expect(parsePounds('0.10')).toBe(10);
    expect(parsePounds('12.5')).toBe(1250);
    expect(parsePounds('-5')).toBeUndefined();
    expect(parsePounds('lots')).toBeUndefined();
    expect(parsePounds('1.234')).toBeUndefined();
    expect(formatPence(150_000_000)).toBe('£1,500,000');
    expect(formatPence(1250)).toBe('£12.50');
  });
});

describe('readPounds', () => {
  it('reads amounts up to the most any form takes', () => {
    expect(readPounds('1.5m')).toEqual({ pence: 150_000_000 });
    expect(readPounds('£100,000,000,000')).toEqual({ pence: MAX_PENCE });
  });

  it('says why it refuses', () => {
    expect(readPounds('-5').problem).toBe('negative');
    expect(readPounds('£-5').problem).toBe('negative');
    expect(readPounds('1e308').problem).toBe('not-an-amount');
    expect(readPounds('NaN').problem).toBe('not-an-amount');
    expect(readPounds('Infinity').problem).toBe('not-an-amount');
    expect(readPounds('100000000001').problem).toBe('too-large');
    expect(readPounds('9'.repeat(400)).problem).toBe('too-large');
    expect(readPounds('2147483647m').problem).toBe('too-large');
  });
});
