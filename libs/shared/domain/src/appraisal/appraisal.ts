import { type AppraisalOutcome, appraisalOutcome } from './appraisal-outcome';
import { type ScenarioFigures, yearlyCashFlows } from './cash-flows';
import {
  type OptimismBiasApplied,
  optimismBiasFor,
  type OptimismBiasProjectType,
} from './optimism-bias';
import { scaleToWhole } from './ratio';
import {
  amountProblem,
  amountReadings,
  type AppraisalProblem,
  periodProblem,
  periodReadingsInMonths,
  projectTypeProblem,
  type Readings,
  savingsProblem,
  type StatedAmount,
  type StatedPeriod,
} from './stated-figures';

/** The version of LGX's appraisal method; a figure worked out by it carries this. */
export const APPRAISAL_METHOD_VERSION = 'lgx-green-book-1';

/** What a case study states, to be appraised. Amounts in whole pence. */
export interface AppraisalInput {
  /** One-off investment, spent in year 0. */
  readonly investment: StatedAmount;
  /** Yearly running cost; not given counts as nothing (decision 0036). */
  readonly runningCostPerYear?: StatedAmount | null;
  /** Cashable savings: a yearly amount, or a total over the period ("£12m over three to four years"). */
  readonly cashableSavings: { readonly per: 'year' | 'period'; readonly amount: StatedAmount };
  /** How long the savings last, from year 1. Nothing after it is counted. */
  readonly period: StatedPeriod;
  /** For the optimism bias adjustment. */
  readonly projectType: OptimismBiasProjectType;
}

/** One reading of the figures (low, central or high), before and after optimism bias. */
export interface AppraisalScenario {
  /** The figures of this reading, as stated (before optimism bias). */
  readonly figures: ScenarioFigures;
  readonly unadjusted: AppraisalOutcome;
  /** With the optimism bias uplift applied to the investment (running costs for outsourcing). */
  readonly adjusted: AppraisalOutcome;
}

export interface Appraisal {
  readonly methodVersion: typeof APPRAISAL_METHOD_VERSION;
  readonly optimismBias: OptimismBiasApplied;
  /** Every range at its least favourable end: most invested, most running cost, least saved. */
  readonly low: AppraisalScenario;
  /** Every range at its midpoint. */
  readonly central: AppraisalScenario;
  /** Every range at its most favourable end. */
  readonly high: AppraisalScenario;
}

export type AppraisalResult =
  | { readonly appraisal: Appraisal; readonly problems?: undefined }
  | { readonly appraisal?: undefined; readonly problems: readonly AppraisalProblem[] };

const NOTHING: StatedAmount = { kind: 'exactly', pence: 0n };

/** Every problem with the input, in the order of the form; empty when it can be appraised. */
export function appraisalProblems(input: AppraisalInput): AppraisalProblem[] {
  return [
    amountProblem('investment', input.investment),
    amountProblem('runningCostPerYear', input.runningCostPerYear ?? NOTHING),
    savingsProblem(input.cashableSavings),
    periodProblem(input.period),
    projectTypeProblem(input.projectType),
  ].filter((found): found is AppraisalProblem => found !== null);
}

function withOptimismBias(figures: ScenarioFigures, bias: OptimismBiasApplied): ScenarioFigures {
  const uplift = (pence: bigint) => scaleToWhole(pence, BigInt(100 + bias.upliftPercent), 100n);
  return bias.appliesTo === 'investment'
    ? { ...figures, investmentPence: uplift(figures.investmentPence) }
    : { ...figures, runningCostPerYearPence: uplift(figures.runningCostPerYearPence) };
}

function scenario(figures: ScenarioFigures, bias: OptimismBiasApplied): AppraisalScenario {
  return {
    figures,
    unadjusted: appraisalOutcome(yearlyCashFlows(figures)),
    adjusted: appraisalOutcome(yearlyCashFlows(withOptimismBias(figures, bias))),
  };
}

type Reading = keyof Readings<unknown>;

/**
 * The low and high readings of a period depend on the cash flows (a longer
 * period spreads a total saving thinner, but lengthens a yearly one), so
 * both ends are tried and the less (more) favourable one taken.
 */
function pickPeriod(
  figures: Omit<ScenarioFigures, 'periodMonths'>,
  months: Readings<number>,
  bias: OptimismBiasApplied,
  favourable: boolean,
): AppraisalScenario {
  const shorter = scenario({ ...figures, periodMonths: months.least }, bias);
  const longer = scenario({ ...figures, periodMonths: months.most }, bias);
  const longerIsBetter =
    longer.unadjusted.netPresentValuePence > shorter.unadjusted.netPresentValuePence;
  return longerIsBetter === favourable ? longer : shorter;
}

/**
 * LGX's appraisal of what a case study states: yearly cash flows, net present
 * value at the Green Book discount rate, benefit-cost ratio and payback, at
 * low, central and high readings of any ranges, each before and after the
 * optimism bias adjustment for its project type. Problems instead, when the
 * input cannot be appraised; nothing is thrown.
 */
export function appraise(input: AppraisalInput): AppraisalResult {
  const problems = appraisalProblems(input);
  if (problems.length > 0) return { problems };
  const investment = amountReadings(input.investment);
  const runningCost = amountReadings(input.runningCostPerYear ?? NOTHING);
  const savings = amountReadings(input.cashableSavings.amount);
  const months = periodReadingsInMonths(input.period);
  const bias = optimismBiasFor(input.projectType);
  const figuresAt = (costs: Reading, saving: Reading) => ({
    investmentPence: investment[costs],
    runningCostPerYearPence: runningCost[costs],
    cashableSavings: { per: input.cashableSavings.per, pence: savings[saving] },
  });
  return {
    appraisal: {
      methodVersion: APPRAISAL_METHOD_VERSION,
      optimismBias: bias,
      low: pickPeriod(figuresAt('most', 'least'), months, bias, false),
      central: scenario({ ...figuresAt('middle', 'middle'), periodMonths: months.middle }, bias),
      high: pickPeriod(figuresAt('least', 'most'), months, bias, true),
    },
  };
}
