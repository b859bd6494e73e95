import { type Appraisal, type AppraisalInput, appraise } from './appraisal';
import { formatRatio, ratio, roundToWhole } from './ratio';

const pounds = (value: number) => BigInt(Math.round(value * 100));
const exactly = (pence: bigint) => ({ kind: 'exactly' as const, pence });

function appraised(input: AppraisalInput): Appraisal {
  const result = appraise(input);
  if (!result.appraisal) throw new Error(JSON.stringify(result.problems));
  return result.appraisal;
}

/** One exact figure everywhere: low, central and high are the same. */
const simple = (overrides: Partial<AppraisalInput> = {}): AppraisalInput => ({
  investment: exactly(pounds(100)),
  cashableSavings: { per: 'year', amount: exactly(pounds(30)) },
  period: { kind: 'exactly', years: 5 },
  projectType: 'standard-buildings',
  ...overrides,
});

describe('net present value', () => {
  it('discounts £100 now against £30 a year for five years (the Green Book annuity)', () => {
    const { central } = appraised(simple());
    // −100 + 30 × (0.9662 + 0.9335 + 0.9019 + 0.8714 + 0.8420) = £35.45 (exactly £35.4516…).
    expect(central.unadjusted.netPresentValuePence).toBe(3_545n);
    expect(central.unadjusted.presentValueCostsPence).toBe(10_000n);
    expect(central.unadjusted.presentValueBenefitsPence).toBe(13_545n);
    expect(formatRatio(central.unadjusted.benefitCostRatio!, 2)).toBe('1.35');
    expect(central.unadjusted.cashFlows.map((flow) => formatRatio(flow.discountFactor, 4))).toEqual(
      ['1.0000', '0.9662', '0.9335', '0.9019', '0.8714', '0.8420'],
    );
    expect(central.unadjusted.cashFlows.map((flow) => flow.presentValuePence)).toEqual([
      -10_000n,
      2_899n,
      2_801n,
      2_706n,
      2_614n,
      2_526n,
    ]);
  });

  it('counts running costs as costs, and nothing after the period', () => {
    const { central } = appraised(
      simple({ runningCostPerYear: exactly(pounds(10)), period: { kind: 'exactly', years: 1 } }),
    );
    // −100 − 10 × 0.9662 + 30 × 0.9662 = −80.68
    expect(central.unadjusted.netPresentValuePence).toBe(-8_068n);
    expect(central.unadjusted.presentValueCostsPence).toBe(10_966n);
    expect(central.unadjusted.paybackYear).toBeNull();
  });

  it('discounts across the 30-year boundary at 3.5% then 3.0%', () => {
    // £1,000 a year for 31 years, nothing invested: the 31st year is worth £345.90, not £344.23.
    const thirty = appraised(
      simple({
        investment: exactly(0n),
        cashableSavings: { per: 'year', amount: exactly(pounds(1_000)) },
        period: { kind: 'exactly', years: 30 },
      }),
    );
    const thirtyOne = appraised(
      simple({
        investment: exactly(0n),
        cashableSavings: { per: 'year', amount: exactly(pounds(1_000)) },
        period: { kind: 'exactly', years: 31 },
      }),
    );
    const lastYear = thirtyOne.central.unadjusted.cashFlows[31]!;
    expect(formatRatio(lastYear.discountFactor, 4)).toBe('0.3459');
    expect(lastYear.presentValuePence).toBe(34_590n);
    expect(
      thirtyOne.central.unadjusted.netPresentValuePence -
        thirty.central.unadjusted.netPresentValuePence,
    ).toBe(34_590n);
    // The 30-year annuity factor at 3.5% is 18.3920…
    expect(thirty.central.unadjusted.netPresentValuePence).toBe(1_839_205n);
  });
});

describe('money stays exact', () => {
  it('discounts 60 years of £1,000,000.01 to the penny, as the closed form says', () => {
    const yearly = 100_000_001n;
    const { central } = appraised(
      simple({
        investment: exactly(0n),
        cashableSavings: { per: 'year', amount: exactly(yearly) },
        period: { kind: 'exactly', years: 60 },
      }),
    );
    const flows = central.unadjusted.cashFlows;
    expect(flows).toHaveLength(61);
    expect(flows.reduce((sum, flow) => sum + flow.cashableSavingsPence, 0n)).toBe(60n * yearly);
    expect(flows.every((flow) => typeof flow.netPence === 'bigint')).toBe(true);
    // Independently: Σ vᵗ for t = 1…n is a(bⁿ − aⁿ) / ((b − a)bⁿ) with v = a/b, and years
    // 31 to 60 are the year-30 factor times the same sum at 3.0%.
    const a = 1000n;
    const annuity = (b: bigint, n: bigint) => ({
      top: a * (b ** n - a ** n),
      bottom: (b - a) * b ** n,
    });
    const first = annuity(1035n, 30n);
    const second = annuity(1030n, 30n);
    const top = first.top * second.bottom * 1035n ** 30n + a ** 30n * second.top * first.bottom;
    const bottom = first.bottom * second.bottom * 1035n ** 30n;
    expect(central.unadjusted.netPresentValuePence).toBe(roundToWhole(ratio(yearly * top, bottom)));
    expect(central.unadjusted.netPresentValuePence).toBe(2_537_525_976n);
  });

  it('spreads a total over the period without losing or making a penny', () => {
    const { central } = appraised(
      simple({
        cashableSavings: { per: 'period', amount: exactly(1_000_000_01n) },
        period: { kind: 'exactly', years: 7 },
      }),
    );
    const savings = central.unadjusted.cashFlows.map((flow) => flow.cashableSavingsPence);
    expect(savings.reduce((sum, value) => sum + value, 0n)).toBe(1_000_000_01n);
  });
});

describe('payback', () => {
  it('gives the year the cumulative cash flow turns, plain and discounted', () => {
    // £100k, then £25k a year for six years: plain payback in year 4 (exactly £0),
    // discounted in year 5 (−£8.2k at the end of year 4).
    const { central } = appraised(
      simple({
        investment: exactly(pounds(100_000)),
        cashableSavings: { per: 'year', amount: exactly(pounds(25_000)) },
        period: { kind: 'exactly', years: 6 },
      }),
    );
    expect(central.unadjusted.paybackYear).toBe(4);
    expect(central.unadjusted.discountedPaybackYear).toBe(5);
  });

  it('is year 0 with nothing invested, and never when costs take the savings', () => {
    expect(appraised(simple({ investment: exactly(0n) })).central.unadjusted.paybackYear).toBe(0);
    const never = appraised(simple({ runningCostPerYear: exactly(pounds(30)) })).central.unadjusted;
    expect([never.paybackYear, never.discountedPaybackYear]).toEqual([null, null]);
    const nothingSpent = appraised(
      simple({ investment: exactly(0n), cashableSavings: { per: 'year', amount: exactly(0n) } }),
    );
    expect(nothingSpent.central.unadjusted.benefitCostRatio).toBeNull();
  });
});

describe('optimism bias', () => {
  it('adds the upper bound for the project type to the investment, beside the unadjusted figure', () => {
    const standard = appraised(simple({ investment: exactly(pounds(1_000_000)) }));
    expect(standard.optimismBias).toMatchObject({
      projectType: 'standard-buildings',
      upliftPercent: 24,
      appliesTo: 'investment',
    });
    expect(standard.optimismBias.source).toMatch(
      /Supplementary Green Book Guidance: Optimism Bias/,
    );
    expect(standard.central.unadjusted.cashFlows[0]!.investmentPence).toBe(pounds(1_000_000));
    expect(standard.central.adjusted.cashFlows[0]!.investmentPence).toBe(pounds(1_240_000));
    expect(
      standard.central.unadjusted.netPresentValuePence -
        standard.central.adjusted.netPresentValuePence,
    ).toBe(pounds(240_000));

    const digital = appraised(
      simple({ investment: exactly(pounds(1_000_000)), projectType: 'equipment-development' }),
    );
    expect(digital.optimismBias.upliftPercent).toBe(200);
    expect(digital.central.adjusted.cashFlows[0]!.investmentPence).toBe(pounds(3_000_000));
  });

  it('adds 41% to the running costs of outsourcing, and leaves its investment alone', () => {
    const outsourced = appraised(
      simple({ projectType: 'outsourcing', runningCostPerYear: exactly(pounds(10)) }),
    );
    expect(outsourced.optimismBias).toMatchObject({ upliftPercent: 41, appliesTo: 'running-cost' });
    expect(outsourced.central.adjusted.cashFlows[0]!.investmentPence).toBe(pounds(100));
    expect(outsourced.central.adjusted.cashFlows[1]!.runningCostPence).toBe(pounds(14.1));
  });
});
