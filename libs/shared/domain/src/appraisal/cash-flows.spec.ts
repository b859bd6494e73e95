import { monthsByYear, spreadOverPeriod, yearlyCashFlows } from './cash-flows';

describe('yearly cash flows', () => {
  it('splits a period into years, the last one partial', () => {
    expect(monthsByYear(42)).toEqual([12, 12, 12, 6]);
    expect(monthsByYear(36)).toEqual([12, 12, 12]);
    expect(monthsByYear(6)).toEqual([6]);
  });

  it('spreads a total evenly in whole pence that add up to exactly the total', () => {
    // £6m over three and a half years: £1,714,285.71… a year, half in the last.
    const spread = spreadOverPeriod(600_000_000n, 42);
    expect(spread).toEqual([171_428_571n, 171_428_572n, 171_428_571n, 85_714_286n]);
    expect(spread.reduce((a, b) => a + b, 0n)).toBe(600_000_000n);
    for (const [total, months] of [
      [1n, 36],
      [100n, 84],
      [99_999_999_999n, 125 * 12],
      [7n, 18],
    ] as const) {
      expect(spreadOverPeriod(total, months).reduce((a, b) => a + b, 0n)).toBe(total);
    }
  });

  it('puts the investment in year 0 and savings less running costs in each year after', () => {
    const flows = yearlyCashFlows({
      investmentPence: 100_000n,
      runningCostPerYearPence: 1_200n,
      cashableSavings: { per: 'year', pence: 5_000n },
      periodMonths: 18,
    });
    expect(flows).toEqual([
      {
        year: 0,
        investmentPence: 100_000n,
        runningCostPence: 0n,
        cashableSavingsPence: 0n,
        netPence: -100_000n,
      },
      {
        year: 1,
        investmentPence: 0n,
        runningCostPence: 1_200n,
        cashableSavingsPence: 5_000n,
        netPence: 3_800n,
      },
      {
        year: 2,
        investmentPence: 0n,
        runningCostPence: 600n,
        cashableSavingsPence: 2_500n,
        netPence: 1_900n,
      },
    ]);
  });
});
