import { type AppraisalInput, appraise } from './appraisal';
import { formatRatio } from './ratio';

const millions = (value: number) => BigInt(Math.round(value * 100)) * 1_000_000n;

/** Derby City Council: "between £1.5m and £2m" invested, "up to £12m" saved over three to four years. */
const DERBY: AppraisalInput = {
  investment: { kind: 'between', lowPence: millions(1.5), highPence: millions(2) },
  cashableSavings: { per: 'period', amount: { kind: 'up-to', pence: millions(12) } },
  period: { kind: 'between', fromYears: 3, toYears: 4 },
  projectType: 'equipment-development',
};

function derby() {
  const { appraisal } = appraise(DERBY);
  if (!appraisal) throw new Error('Derby should be appraised');
  return appraisal;
}

describe('low, central and high from what a council stated', () => {
  it('reads Derby: most invested and least saved over the longest period is low', () => {
    const { low } = derby();
    expect(low.figures).toEqual({
      investmentPence: millions(2),
      runningCostPerYearPence: 0n,
      cashableSavings: { per: 'period', pence: 0n },
      periodMonths: 48,
    });
    expect(low.unadjusted.netPresentValuePence).toBe(-millions(2));
    expect(low.adjusted.netPresentValuePence).toBe(-millions(6));
    expect(low.unadjusted.paybackYear).toBeNull();
    expect(low.adjusted.discountedPaybackYear).toBeNull();
    expect(formatRatio(low.unadjusted.benefitCostRatio!, 2)).toBe('0.00');
  });

  it('reads Derby: midpoints for central, £6m over three and a half years', () => {
    const { central } = derby();
    expect(central.figures).toEqual({
      investmentPence: millions(1.75),
      runningCostPerYearPence: 0n,
      cashableSavings: { per: 'period', pence: millions(6) },
      periodMonths: 42,
    });
    expect(central.unadjusted.cashFlows.map((flow) => flow.netPence)).toEqual([
      -175_000_000n,
      171_428_571n,
      171_428_572n,
      171_428_571n,
      85_714_286n,
    ]);
    expect(central.unadjusted.cashFlows.map((flow) => flow.presentValuePence)).toEqual([
      -175_000_000n,
      165_631_470n,
      160_030_406n,
      154_618_749n,
      74_695_048n,
    ]);
    expect(central.unadjusted.presentValueBenefitsPence).toBe(554_975_673n);
    expect(central.unadjusted.netPresentValuePence).toBe(379_975_673n);
    expect(central.unadjusted.discountedPaybackYear).toBe(2);
    expect(formatRatio(central.unadjusted.benefitCostRatio!, 2)).toBe('3.17');
    expect(central.unadjusted.paybackYear).toBe(2);
    // With 200% optimism bias on the investment: £5.25m.
    expect(central.adjusted.cashFlows[0]!.investmentPence).toBe(millions(5.25));
    expect(central.adjusted.netPresentValuePence).toBe(29_975_673n);
    expect(formatRatio(central.adjusted.benefitCostRatio!, 2)).toBe('1.06');
    expect([central.adjusted.paybackYear, central.adjusted.discountedPaybackYear]).toEqual([4, 4]);
  });

  it('reads Derby: least invested and £12m over three years is high', () => {
    const { high } = derby();
    expect(high.figures.periodMonths).toBe(36);
    expect(high.unadjusted.cashFlows.map((flow) => flow.cashableSavingsPence)).toEqual([
      0n,
      millions(4),
      millions(4),
      millions(4),
    ]);
    expect(high.unadjusted.presentValueBenefitsPence).toBe(1_120_654_792n);
    expect(high.unadjusted.netPresentValuePence).toBe(970_654_792n);
    expect(high.adjusted.netPresentValuePence).toBe(670_654_792n);
    expect(formatRatio(high.unadjusted.benefitCostRatio!, 2)).toBe('7.47');
    expect(formatRatio(high.adjusted.benefitCostRatio!, 2)).toBe('2.49');
    expect([high.unadjusted.paybackYear, high.adjusted.paybackYear]).toEqual([1, 2]);
  });

  it('takes the longer period as high when savings are yearly', () => {
    const { low, central, high } = appraise({
      ...DERBY,
      cashableSavings: { per: 'year', amount: { kind: 'exactly', pence: millions(1) } },
    }).appraisal!;
    expect([
      low.figures.periodMonths,
      central.figures.periodMonths,
      high.figures.periodMonths,
    ]).toEqual([36, 42, 48]);
    expect(low.unadjusted.netPresentValuePence).toBeLessThan(
      central.unadjusted.netPresentValuePence,
    );
    expect(central.unadjusted.netPresentValuePence).toBeLessThan(
      high.unadjusted.netPresentValuePence,
    );
  });

  it('never credits more than a floor, and rounds a half-penny midpoint once', () => {
    const { low, central, high } = appraise({
      investment: { kind: 'between', lowPence: 100n, highPence: 101n },
      cashableSavings: { per: 'year', amount: { kind: 'at-least', pence: millions(1) } },
      runningCostPerYear: { kind: 'up-to', pence: 1_001n },
      period: { kind: 'exactly', years: 2 },
      projectType: 'standard-buildings',
    }).appraisal!;
    expect([low, central, high].map((s) => s.figures.cashableSavings.pence)).toEqual([
      millions(1),
      millions(1),
      millions(1),
    ]);
    expect([low, central, high].map((s) => s.figures.investmentPence)).toEqual([101n, 101n, 100n]);
    expect([low, central, high].map((s) => s.figures.runningCostPerYearPence)).toEqual([
      1_001n,
      501n,
      0n,
    ]);
  });
});

describe('what cannot be appraised', () => {
  it('lists every problem, with its field and a stable code, and appraises nothing', () => {
    const result = appraise({
      investment: { kind: 'between', lowPence: millions(2), highPence: millions(1.5) },
      runningCostPerYear: { kind: 'exactly', pence: -1n },
      cashableSavings: { per: 'period', amount: { kind: 'up-to', pence: millions(2_000_000) } },
      period: { kind: 'between', fromYears: 4, toYears: 3 },
      projectType: 'spaceship' as never,
    });
    expect(result.appraisal).toBeUndefined();
    expect(result.problems).toEqual([
      {
        field: 'investment',
        code: 'range-reversed',
        message: 'The investment range must give the lower figure first.',
      },
      {
        field: 'runningCostPerYear',
        code: 'negative',
        message: 'The yearly running cost cannot be negative.',
      },
      {
        field: 'savings',
        code: 'too-large',
        message: 'The cashable saving cannot be more than £100bn.',
      },
      {
        field: 'period',
        code: 'range-reversed',
        message: 'The period range must give the shorter period first.',
      },
      expect.objectContaining({ field: 'projectType', code: 'unknown-project-type' }),
    ]);
  });

  it('names every missing figure when input arrives empty from outside', () => {
    expect(appraise({} as AppraisalInput).problems?.map((p) => [p.field, p.code])).toEqual([
      ['investment', 'not-an-amount'],
      ['savings', 'not-an-amount'],
      ['period', 'not-whole-years'],
      ['projectType', 'unknown-project-type'],
    ]);
  });

  it('refuses periods that are not whole years from 1 to 125, and amounts that are not pence', () => {
    const codes = (input: Partial<AppraisalInput>) =>
      appraise({ ...DERBY, ...input }).problems?.map((p) => p.code);
    expect(codes({ period: { kind: 'exactly', years: 0 } })).toEqual(['period-out-of-range']);
    expect(codes({ period: { kind: 'exactly', years: 126 } })).toEqual(['period-out-of-range']);
    expect(codes({ period: { kind: 'exactly', years: 2.5 } })).toEqual(['not-whole-years']);
    expect(codes({ period: { kind: 'sometime' } as never })).toEqual(['not-whole-years']);
    expect(codes({ investment: { kind: 'exactly', pence: 1.5 as never } })).toEqual([
      'not-an-amount',
    ]);
    expect(codes({ investment: { kind: 'about' } as never })).toEqual(['not-an-amount']);
    expect(
      codes({ cashableSavings: { per: 'month' as never, amount: { kind: 'exactly', pence: 1n } } }),
    ).toEqual(['not-an-amount']);
    expect(codes({ projectType: 'toString' as never })).toEqual(['unknown-project-type']);
    expect(codes({ period: { kind: 'exactly', years: 125 } })).toBeUndefined();
  });
});
