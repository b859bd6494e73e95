import { ratio, roundToWhole, scaleToWhole } from './ratio';

/** One scenario's figures, read from what the council stated (all pence, whole). */
export interface ScenarioFigures {
  /** One-off, spent in year 0. */
  readonly investmentPence: bigint;
  readonly runningCostPerYearPence: bigint;
  /** Cashable savings: a yearly amount, or one total spread evenly over the period. */
  readonly cashableSavings:
    | { readonly per: 'year'; readonly pence: bigint }
    | { readonly per: 'period'; readonly pence: bigint };
  /** How long the savings (and running costs) last, from the start of year 1. */
  readonly periodMonths: number;
}

/** The money of one year of an appraisal, in pence (costs and savings as positive amounts). */
export interface YearlyCashFlow {
  /** 0 is the present (the investment); savings and running costs start in year 1. */
  readonly year: number;
  readonly investmentPence: bigint;
  readonly runningCostPence: bigint;
  readonly cashableSavingsPence: bigint;
  /** Savings less investment and running costs. */
  readonly netPence: bigint;
}

/** The months of each year 1 … n that a period of `months` covers: 42 → [12, 12, 12, 6]. */
export function monthsByYear(months: number): number[] {
  const years = Math.ceil(months / 12);
  return Array.from({ length: years }, (_, index) => Math.min(12, months - index * 12));
}

/**
 * `totalPence` spread evenly over a period of `months`, year by year, in
 * whole pence that add up to exactly the total: each year takes the rounded
 * running total at its end less the rounded running total at its start.
 */
export function spreadOverPeriod(totalPence: bigint, months: number): bigint[] {
  const monthsOfYear = monthsByYear(months);
  const amounts: bigint[] = [];
  let monthsSoFar = 0;
  let paidSoFar = 0n;
  for (const monthsThisYear of monthsOfYear) {
    monthsSoFar += monthsThisYear;
    const dueByYearEnd = scaleToWhole(totalPence, BigInt(monthsSoFar), BigInt(months));
    amounts.push(dueByYearEnd - paidSoFar);
    paidSoFar = dueByYearEnd;
  }
  return amounts;
}

/** A yearly amount over a period of `months`: its total (rounded once to pence), spread. */
function yearlyOverPeriod(perYearPence: bigint, months: number): bigint[] {
  const total = roundToWhole(ratio(perYearPence * BigInt(months), 12n));
  return spreadOverPeriod(total, months);
}

/** The yearly cash flows of one scenario: year 0 the investment, then the period year by year. */
export function yearlyCashFlows(figures: ScenarioFigures): YearlyCashFlow[] {
  const { periodMonths } = figures;
  const running = yearlyOverPeriod(figures.runningCostPerYearPence, periodMonths);
  const savings =
    figures.cashableSavings.per === 'year'
      ? yearlyOverPeriod(figures.cashableSavings.pence, periodMonths)
      : spreadOverPeriod(figures.cashableSavings.pence, periodMonths);
  const flows: YearlyCashFlow[] = [
    {
      year: 0,
      investmentPence: figures.investmentPence,
      runningCostPence: 0n,
      cashableSavingsPence: 0n,
      netPence: -figures.investmentPence,
    },
  ];
  savings.forEach((saving, index) => {
    const runningCost = running[index]!;
    flows.push({
      year: index + 1,
      investmentPence: 0n,
      runningCostPence: runningCost,
      cashableSavingsPence: saving,
      netPence: saving - runningCost,
    });
  });
  return flows;
}
