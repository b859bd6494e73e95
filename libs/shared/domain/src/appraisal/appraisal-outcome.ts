import { type YearlyCashFlow } from './cash-flows';
import { discountFactors, presentValues } from './discounting';
import { type Ratio, ratio, roundToWhole } from './ratio';

/** One year of an appraisal with its discount factor and present value. */
export interface DiscountedCashFlow extends YearlyCashFlow {
  /** Exact; show it with formatRatio(…, 4) as the Green Book's tables do. */
  readonly discountFactor: Ratio;
  /** The year's net cash flow discounted to year 0, rounded to pence for display. */
  readonly presentValuePence: bigint;
}

/** What the method gives for one set of cash flows. */
export interface AppraisalOutcome {
  readonly cashFlows: readonly DiscountedCashFlow[];
  /** Investment and running costs, discounted (rounded once from the exact sum). */
  readonly presentValueCostsPence: bigint;
  /** Cashable savings, discounted (rounded once from the exact sum). */
  readonly presentValueBenefitsPence: bigint;
  /**
   * Benefits less costs, discounted: rounded once from the exact sum, so it can
   * differ by a penny from the rounded benefits less the rounded costs.
   */
  readonly netPresentValuePence: bigint;
  /** Present value of benefits ÷ present value of costs, exact; null when nothing is spent. */
  readonly benefitCostRatio: Ratio | null;
  /** The first year from whose end the cumulative cash flow stays at or above 0; null if never. */
  readonly paybackYear: number | null;
  /** The same with discounted cash flows. */
  readonly discountedPaybackYear: number | null;
}

const sum = (values: readonly bigint[]) => values.reduce((total, value) => total + value, 0n);

/**
 * The first year from which the running total of `amounts` is at or above 0
 * until the end, or null when it ends below 0 (or there is nothing).
 */
export function firstYearPaidBack(amounts: readonly bigint[]): number | null {
  let runningTotal = 0n;
  let paidBackFrom: number | null = null;
  for (const [year, amount] of amounts.entries()) {
    runningTotal += amount;
    if (runningTotal < 0n) paidBackFrom = null;
    else paidBackFrom ??= year;
  }
  return paidBackFrom;
}

/** Discounts cash flows at the Green Book rate and works out NPV, BCR and payback. */
export function appraisalOutcome(flows: readonly YearlyCashFlow[]): AppraisalOutcome {
  const factors = discountFactors(flows.length - 1);
  const net = presentValues(flows.map((flow) => flow.netPence));
  const costs = presentValues(flows.map((flow) => flow.investmentPence + flow.runningCostPence));
  const benefits = presentValues(flows.map((flow) => flow.cashableSavingsPence));
  const costsNumerator = sum(costs.numerators);
  const benefitsNumerator = sum(benefits.numerators);
  return {
    cashFlows: flows.map((flow, year) => ({
      ...flow,
      discountFactor: factors[year]!,
      presentValuePence: roundToWhole(ratio(net.numerators[year]!, net.denominator)),
    })),
    presentValueCostsPence: roundToWhole(ratio(costsNumerator, costs.denominator)),
    presentValueBenefitsPence: roundToWhole(ratio(benefitsNumerator, benefits.denominator)),
    netPresentValuePence: roundToWhole(ratio(sum(net.numerators), net.denominator)),
    // Both sums share one denominator, so it cancels.
    benefitCostRatio: costsNumerator === 0n ? null : ratio(benefitsNumerator, costsNumerator),
    paybackYear: firstYearPaidBack(flows.map((flow) => flow.netPence)),
    discountedPaybackYear: firstYearPaidBack(net.numerators),
  };
}
