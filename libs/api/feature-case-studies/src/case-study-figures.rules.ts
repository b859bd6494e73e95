import {
  formatPence,
  isOneOf,
  isWholeNumberBetween,
  MAX_PENCE,
  OPTIMISM_BIAS_GUIDELINES,
  readPounds,
} from '@lgx/shared/domain';

import type { FiguresBasis, SavingsBasis } from './case-study.entity';

/** The stated money and what the appraisal method needs, as an editor sends them. */
export interface StatedFigureFields {
  investment?: string | null;
  investmentHigh?: string | null;
  investmentUpTo?: boolean | null;
  runningCostPerYear?: string | null;
  cashableSavingsPerYear?: string | null;
  cashableSavingsHigh?: string | null;
  cashableSavingsUpTo?: boolean | null;
  cashableSavingsOver?: string | null;
  savingsPeriodYears?: number | null;
  savingsPeriodYearsTo?: number | null;
  projectType?: string | null;
  figuresBasis?: string | null;
}

/** The figures to store, money in whole pence. */
export interface CheckedFigures {
  investmentPence: number | null;
  investmentHighPence: number | null;
  investmentUpTo: boolean;
  runningCostPencePerYear: number | null;
  cashableSavingsPencePerYear: number | null;
  cashableSavingsHighPence: number | null;
  cashableSavingsUpTo: boolean;
  cashableSavingsOver: SavingsBasis;
  savingsPeriodYears: number | null;
  savingsPeriodYearsTo: number | null;
  projectType: string;
  figuresBasis: FiguresBasis;
}

type Problem = (field: string, message: string) => void;
type MoneyField = 'investment' | 'investmentHigh' | 'runningCostPerYear' | 'cashableSavingsPerYear';
type AnyMoneyField = MoneyField | 'cashableSavingsHigh';

/** The longest savings period a case study may state: the Green Book's first band (3.5%). */
export const MAX_SAVINGS_PERIOD_YEARS = 30;
/** Digital projects (software, AI, devices) unless the editor says otherwise. */
export const DEFAULT_PROJECT_TYPE = 'equipment-development';

const MONEY_LABELS: Record<AnyMoneyField, string> = {
  investment: 'The investment',
  investmentHigh: 'The high end of the investment',
  runningCostPerYear: 'The running cost',
  cashableSavingsPerYear: 'The cashable saving',
  cashableSavingsHigh: 'The high end of the cashable saving',
};

/** Money as typed, read into pence; a problem for the field when it is not an amount. */
function money(input: StatedFigureFields, field: AnyMoneyField, problem: Problem): number | null {
  const raw = input[field]?.trim();
  if (!raw) return null;
  const label = MONEY_LABELS[field];
  const reading = readPounds(raw);
  if (reading.problem === 'negative') problem(field, `${label} cannot be negative`);
  else if (reading.problem === 'too-large')
    problem(field, `${label} must be ${formatPence(MAX_PENCE)} or less`);
  else if (reading.problem && /\.\d{3,}\s*[km]?$/i.test(raw))
    problem(field, `${label} has more than 2 decimal places: give pounds and pence, like 1500.25`);
  else if (reading.problem)
    problem(field, `Enter ${label.toLowerCase()} in pounds, like 150000 or 1.5m`);
  return reading.pence ?? null;
}

/** A range (low and high) or a ceiling ("up to"), checked the same way for each amount. */
function range(
  low: number | null,
  high: number | null,
  upTo: boolean,
  fields: { low: AnyMoneyField; high: AnyMoneyField; name: string },
  input: StatedFigureFields,
  problem: Problem,
): void {
  // An amount given but not readable already has its problem.
  const lowGiven = Boolean(input[fields.low]?.trim());
  if (high !== null && upTo)
    problem(fields.high, `Give ${fields.name} as a range or as "up to" an amount, not both`);
  if (high !== null && !lowGiven)
    problem(fields.low, `Give the low end of ${fields.name} as well as the high end`);
  if (upTo && !lowGiven) problem(fields.low, `Give the amount ${fields.name} is up to`);
  if (low !== null && high !== null && low > high)
    problem(
      fields.high,
      `The low end of ${fields.name} (${formatPence(low)}) is above the high end (${formatPence(high)}): give the lower figure first`,
    );
}

function periodProblems(input: StatedFigureFields, problem: Problem): void {
  const from = input.savingsPeriodYears ?? null;
  const to = input.savingsPeriodYearsTo ?? null;
  for (const [field, value] of [
    ['savingsPeriodYears', from],
    ['savingsPeriodYearsTo', to],
  ] as const) {
    if (value !== null && !isWholeNumberBetween(value, 1, MAX_SAVINGS_PERIOD_YEARS))
      problem(
        field,
        `The savings period must be a whole number of years from 1 to ${MAX_SAVINGS_PERIOD_YEARS} (it was ${value})`,
      );
  }
  if (to !== null && from === null)
    problem('savingsPeriodYears', 'Give the shorter end of the savings period as well');
  if (from !== null && to !== null && from > to)
    problem(
      'savingsPeriodYearsTo',
      `The savings period range must give the shorter period first (${from} is more than ${to} years)`,
    );
  if (input.cashableSavingsOver === 'PERIOD' && from === null && to === null)
    problem('savingsPeriodYears', 'Give the number of years the total saving is over');
}

function choices(input: StatedFigureFields, problem: Problem): void {
  if (input.projectType && !isOneOf(OPTIMISM_BIAS_GUIDELINES, input.projectType))
    problem(
      'projectType',
      `Choose a project type: ${Object.keys(OPTIMISM_BIAS_GUIDELINES).join(', ')}`,
    );
  if (input.cashableSavingsOver && !['YEAR', 'PERIOD'].includes(input.cashableSavingsOver))
    problem('cashableSavingsOver', 'Say whether the saving is per YEAR or over the PERIOD');
  if (input.figuresBasis && !['FORECAST', 'ACTUAL'].includes(input.figuresBasis))
    problem('figuresBasis', 'Say whether the figures are a FORECAST or a measured ACTUAL');
}

/**
 * Checks the stated money (amounts, ranges and ceilings), the savings period,
 * the project type and the basis, reporting every problem by field, and
 * returns what to store.
 */
export function checkStatedFigures(input: StatedFigureFields, problem: Problem): CheckedFigures {
  const figures: CheckedFigures = {
    investmentPence: money(input, 'investment', problem),
    investmentHighPence: money(input, 'investmentHigh', problem),
    investmentUpTo: input.investmentUpTo === true,
    runningCostPencePerYear: money(input, 'runningCostPerYear', problem),
    cashableSavingsPencePerYear: money(input, 'cashableSavingsPerYear', problem),
    cashableSavingsHighPence: money(input, 'cashableSavingsHigh', problem),
    cashableSavingsUpTo: input.cashableSavingsUpTo === true,
    cashableSavingsOver: input.cashableSavingsOver === 'PERIOD' ? 'PERIOD' : 'YEAR',
    savingsPeriodYears: input.savingsPeriodYears ?? null,
    savingsPeriodYearsTo: input.savingsPeriodYearsTo ?? null,
    projectType: input.projectType || DEFAULT_PROJECT_TYPE,
    figuresBasis: input.figuresBasis === 'ACTUAL' ? 'ACTUAL' : 'FORECAST',
  };
  range(
    figures.investmentPence,
    figures.investmentHighPence,
    figures.investmentUpTo,
    { low: 'investment', high: 'investmentHigh', name: 'the investment' },
    input,
    problem,
  );
  range(
    figures.cashableSavingsPencePerYear,
    figures.cashableSavingsHighPence,
    figures.cashableSavingsUpTo,
    { low: 'cashableSavingsPerYear', high: 'cashableSavingsHigh', name: 'the cashable saving' },
    input,
    problem,
  );
  periodProblems(input, problem);
  choices(input, problem);
  return figures;
}
