import {
  amountReadings,
  type AppraisalInput,
  periodReadingsInMonths,
  scaleToWhole,
  type StatedAmount,
} from '@lgx/shared/domain';

/**
 * How a peer's figures are brought to our council's size: every amount times
 * our population over the peer's lead council's population (decision 0065).
 * `scaled` is false when our population is not known: the figures are then
 * the peer's own, as stated.
 */
export interface PopulationScale {
  readonly ourPopulation: bigint;
  readonly theirPopulation: bigint;
  readonly scaled: boolean;
}

/** Why a peer cannot be scaled, or its scale. */
export type ScaleReading =
  | { readonly scale: PopulationScale; readonly problem?: undefined }
  | { readonly scale?: undefined; readonly problem: string };

const known = (population: number | null | undefined): population is number =>
  typeof population === 'number' && Number.isInteger(population) && population > 0;

/** The scale from a peer to us; unscaled when our population is unknown, none when theirs is. */
export function populationScale(
  ourPopulation: number | null | undefined,
  theirPopulation: number | null | undefined,
): ScaleReading {
  if (!known(ourPopulation))
    return { scale: { ourPopulation: 1n, theirPopulation: 1n, scaled: false } };
  if (!known(theirPopulation)) {
    return {
      problem:
        "its council's population is not in the council register, so its figures cannot be scaled to yours",
    };
  }
  return {
    scale: {
      ourPopulation: BigInt(ourPopulation),
      theirPopulation: BigInt(theirPopulation),
      scaled: true,
    },
  };
}

const times = (pence: bigint, scale: PopulationScale) =>
  scaleToWhole(pence, scale.ourPopulation, scale.theirPopulation);

/** A stated amount at our size: each figure of it scaled once, rounded once to whole pence. */
export function scaleAmount(amount: StatedAmount, scale: PopulationScale): StatedAmount {
  if (amount.kind === 'between') {
    return {
      kind: 'between',
      lowPence: times(amount.lowPence, scale),
      highPence: times(amount.highPence, scale),
    };
  }
  return { ...amount, pence: times(amount.pence, scale) };
}

/** What a peer stated, at our size: amounts scaled, the period and project type unchanged. */
export function scaleInput(input: AppraisalInput, scale: PopulationScale): AppraisalInput {
  return {
    ...input,
    investment: scaleAmount(input.investment, scale),
    runningCostPerYear: input.runningCostPerYear
      ? scaleAmount(input.runningCostPerYear, scale)
      : null,
    cashableSavings: {
      per: input.cashableSavings.per,
      amount: scaleAmount(input.cashableSavings.amount, scale),
    },
  };
}

/** The central reading of a peer's figures (already scaled), with savings per year. */
export interface CentralFigures {
  readonly investmentPence: bigint;
  readonly runningCostPerYearPence: bigint;
  readonly cashableSavingsPerYearPence: bigint;
  /** How long the savings last, in months (42 for "three to four years"). */
  readonly periodMonths: number;
}

/**
 * The method's central reading of each figure (decision 0055): midpoints of
 * ranges, half of an "up to"; a saving stated for the whole period becomes a
 * yearly one over the central period, rounded once.
 */
export function centralFigures(input: AppraisalInput): CentralFigures {
  const periodMonths = periodReadingsInMonths(input.period).middle;
  const savings = amountReadings(input.cashableSavings.amount).middle;
  return {
    investmentPence: amountReadings(input.investment).middle,
    runningCostPerYearPence: input.runningCostPerYear
      ? amountReadings(input.runningCostPerYear).middle
      : 0n,
    cashableSavingsPerYearPence:
      input.cashableSavings.per === 'year'
        ? savings
        : scaleToWhole(savings, 12n, BigInt(periodMonths)),
    periodMonths,
  };
}

/** The scale as a decimal for people, e.g. 332,900 / 257,302 → "1.294". */
export function describeScale(scale: PopulationScale): string {
  if (!scale.scaled) return '1 (not scaled)';
  const thousandths = scaleToWhole(1000n, scale.ourPopulation, scale.theirPopulation);
  const whole = thousandths / 1000n;
  return `${whole}.${(thousandths % 1000n).toString().padStart(3, '0')}`;
}
