import { MAX_PENCE } from '../case-study/figures';
import { isOneOf } from '../values/one-of';
import { OPTIMISM_BIAS_GUIDELINES, type OptimismBiasProjectType } from './optimism-bias';
import { ratio, roundToWhole } from './ratio';

/**
 * Money as a council stated it, in whole pence: one figure, a range
 * ("between £1.5m and £2m"), a ceiling ("up to £12m") or a floor ("at least
 * £200,000").
 */
export type StatedAmount =
  | { readonly kind: 'exactly'; readonly pence: bigint }
  | { readonly kind: 'between'; readonly lowPence: bigint; readonly highPence: bigint }
  | { readonly kind: 'up-to'; readonly pence: bigint }
  | { readonly kind: 'at-least'; readonly pence: bigint };

/** A number of whole years as stated: "four years", or "three to four years". */
export type StatedPeriod =
  | { readonly kind: 'exactly'; readonly years: number }
  | { readonly kind: 'between'; readonly fromYears: number; readonly toYears: number };

/** Low, central and high readings of one stated figure, before knowing which way is better. */
export interface Readings<T> {
  readonly least: T;
  readonly middle: T;
  readonly most: T;
}

/**
 * How LGX reads a stated amount, the same way for every figure:
 * - exactly X: X, X, X;
 * - between A and B: A, the midpoint, B;
 * - up to X: the words allow anything from £0 to X, so £0, X/2, X (LGX
 *   never credits more than the ceiling, nor invents a floor);
 * - at least X: X, X, X (LGX never invents a ceiling).
 * A midpoint that falls on a half penny is rounded once (see roundToWhole).
 */
export function amountReadings(amount: StatedAmount): Readings<bigint> {
  switch (amount.kind) {
    case 'exactly':
    case 'at-least':
      return { least: amount.pence, middle: amount.pence, most: amount.pence };
    case 'up-to':
      return { least: 0n, middle: roundToWhole(ratio(amount.pence, 2n)), most: amount.pence };
    case 'between':
      return {
        least: amount.lowPence,
        middle: roundToWhole(ratio(amount.lowPence + amount.highPence, 2n)),
        most: amount.highPence,
      };
  }
}

/** A period read in whole months: "three to four years" → 36, 42 and 48 months. */
export function periodReadingsInMonths(period: StatedPeriod): Readings<number> {
  if (period.kind === 'exactly') {
    const months = period.years * 12;
    return { least: months, middle: months, most: months };
  }
  return {
    least: period.fromYears * 12,
    middle: (period.fromYears + period.toYears) * 6,
    most: period.toYears * 12,
  };
}

/** The longest period LGX appraises: the end of the Green Book's 2.5% band. */
export const MAX_APPRAISAL_YEARS = 125;

/** A problem with what was given to appraise: which figure, a stable code, and what to do. */
export interface AppraisalProblem {
  readonly field: 'investment' | 'runningCostPerYear' | 'savings' | 'period' | 'projectType';
  readonly code:
    | 'not-an-amount'
    | 'negative'
    | 'too-large'
    | 'range-reversed'
    | 'not-whole-years'
    | 'period-out-of-range'
    | 'unknown-project-type';
  readonly message: string;
}

const FIELD_NAMES: Record<AppraisalProblem['field'], string> = {
  investment: 'The investment',
  runningCostPerYear: 'The yearly running cost',
  savings: 'The cashable saving',
  period: 'The period',
  projectType: 'The project type',
};

const problem = (
  field: AppraisalProblem['field'],
  code: AppraisalProblem['code'],
  message: string,
): AppraisalProblem => ({ field, code, message: `${FIELD_NAMES[field]} ${message}` });

function penceProblem(field: AppraisalProblem['field'], pence: unknown): AppraisalProblem | null {
  if (typeof pence !== 'bigint') return problem(field, 'not-an-amount', 'must be whole pence.');
  if (pence < 0n) return problem(field, 'negative', 'cannot be negative.');
  if (pence > BigInt(MAX_PENCE)) return problem(field, 'too-large', 'cannot be more than £100bn.');
  return null;
}

const AMOUNT_KINDS = { exactly: 1, between: 1, 'up-to': 1, 'at-least': 1 } as const;

/** What is wrong with a stated amount (it may come from outside), or null when nothing is. */
export function amountProblem(
  field: AppraisalProblem['field'],
  amount: StatedAmount,
): AppraisalProblem | null {
  if (!isOneOf(AMOUNT_KINDS, (amount as Partial<StatedAmount> | undefined)?.kind)) {
    return problem(
      field,
      'not-an-amount',
      'must be given as one amount, a range, "up to" an amount or "at least" an amount.',
    );
  }
  if (amount.kind !== 'between') return penceProblem(field, amount.pence);
  const bad = penceProblem(field, amount.lowPence) ?? penceProblem(field, amount.highPence);
  if (bad) return bad;
  return amount.lowPence > amount.highPence
    ? problem(field, 'range-reversed', 'range must give the lower figure first.')
    : null;
}

/** What is wrong with cashable savings (a yearly amount or a total for the period), or null. */
export function savingsProblem(savings: {
  readonly per: 'year' | 'period';
  readonly amount: StatedAmount;
}): AppraisalProblem | null {
  if (savings?.per !== 'year' && savings?.per !== 'period') {
    return problem('savings', 'not-an-amount', 'must be given per year or for the whole period.');
  }
  return amountProblem('savings', savings.amount);
}

function yearsProblem(years: unknown): AppraisalProblem | null {
  if (typeof years !== 'number' || !Number.isInteger(years)) {
    return problem('period', 'not-whole-years', 'must be a whole number of years.');
  }
  return years < 1 || years > MAX_APPRAISAL_YEARS
    ? problem(
        'period',
        'period-out-of-range',
        `must be from 1 to ${MAX_APPRAISAL_YEARS} years (it was ${years}).`,
      )
    : null;
}

/** What is wrong with a stated period, or null when nothing is. */
export function periodProblem(period: StatedPeriod): AppraisalProblem | null {
  if (period?.kind === 'exactly') return yearsProblem(period.years);
  if (period?.kind !== 'between') {
    return problem('period', 'not-whole-years', 'must be a number of years, or a range of years.');
  }
  const bad = yearsProblem(period.fromYears) ?? yearsProblem(period.toYears);
  if (bad) return bad;
  return period.fromYears > period.toYears
    ? problem('period', 'range-reversed', 'range must give the shorter period first.')
    : null;
}

/** What is wrong with a project type that came from outside, or null when it is one we know. */
export function projectTypeProblem(projectType: unknown): AppraisalProblem | null {
  return isOneOf(OPTIMISM_BIAS_GUIDELINES, projectType)
    ? null
    : problem(
        'projectType',
        'unknown-project-type',
        `must be one of: ${Object.keys(OPTIMISM_BIAS_GUIDELINES).join(', ')}.`,
      );
}

/** True for a project type in the optimism bias guidelines. */
export function isOptimismBiasProjectType(value: unknown): value is OptimismBiasProjectType {
  return isOneOf(OPTIMISM_BIAS_GUIDELINES, value);
}
