import type { CaseStudyFigures } from './figures';

/** Why a figure is missing, in the words a reader sees. */
export const FIGURE_MISSING_REASONS = {
  'not-given': 'Not given',
  'no-investment': 'Not worked out: no investment was given',
  'no-saving': 'Not worked out: no yearly saving was given',
  'no-investment-or-saving': 'Not worked out: no investment or yearly saving was given',
  'costs-exceed-savings': 'Not worked out: running costs are more than the savings',
  'costs-equal-savings': 'Not worked out: running costs take all of the savings',
  'saving-is-nothing': 'Not worked out: the yearly saving given is £0',
} as const;
export type FigureMissingReason = keyof typeof FIGURE_MISSING_REASONS;

/** Who a figure comes from: the council stated it, or LGX worked it out from what it stated. */
export type FigureSource = 'council' | 'lgx';

/** One figure: its value, or why it is missing. */
export type Figure =
  | { source: FigureSource; value: number; missing: null }
  | { source: FigureSource; value: null; missing: FigureMissingReason };

/** Every money figure of a case study, stated or worked out, each with its value or reason. */
export interface WorkedFigures {
  /** One-off investment, in pence. */
  investment: Figure;
  runningCostPerYear: Figure;
  cashableSavingsPerYear: Figure;
  /** Whole months, rounded up; 0 when there was nothing to invest. */
  paybackMonths: Figure;
  /** Pence; negative when it costs more than it saves over three years. */
  threeYearNetBenefit: Figure;
  /** The council gave no running cost, so LGX counted it as nothing. */
  runningCostCountedAsNone: boolean;
}

const value = (source: FigureSource, amount: number): Figure => ({
  source,
  value: amount,
  missing: null,
});
const missing = (source: FigureSource, reason: FigureMissingReason): Figure => ({
  source,
  value: null,
  missing: reason,
});
const stated = (pence: number | null): Figure =>
  pence === null ? missing('council', 'not-given') : value('council', pence);

/** Why LGX cannot work a figure out from the investment and the saving, if it cannot. */
function missingInputs(figures: CaseStudyFigures): FigureMissingReason | null {
  const noInvestment = figures.investmentPence === null;
  const noSaving = figures.cashableSavingsPencePerYear === null;
  if (noInvestment && noSaving) return 'no-investment-or-saving';
  if (noInvestment) return 'no-investment';
  return noSaving ? 'no-saving' : null;
}

/** Why the savings never pay anything back, if they do not. */
function noNetSaving(saving: number, runningCost: number): FigureMissingReason | null {
  if (saving > runningCost) return null;
  if (saving < runningCost) return 'costs-exceed-savings';
  return saving === 0 ? 'saving-is-nothing' : 'costs-equal-savings';
}

function payback(investment: number, saving: number, runningCost: number): Figure {
  const never = noNetSaving(saving, runningCost);
  if (never !== null) return missing('lgx', never);
  if (investment <= 0) return value('lgx', 0);
  return value('lgx', Math.ceil((investment * 12) / (saving - runningCost)));
}

/**
 * From what the council stated, each money figure of a case study: the
 * stated ones, and the payback period and three-year net benefit that LGX
 * works out (running cost counted as nothing when not given), each with its
 * value or the reason it is missing. The one place these are worked out.
 */
export function caseStudyFigures(figures: CaseStudyFigures): WorkedFigures {
  const base = {
    investment: stated(figures.investmentPence),
    runningCostPerYear: stated(figures.runningCostPencePerYear),
    cashableSavingsPerYear: stated(figures.cashableSavingsPencePerYear),
    runningCostCountedAsNone: figures.runningCostPencePerYear === null,
  };
  const reason = missingInputs(figures);
  if (reason !== null)
    return {
      ...base,
      paybackMonths: missing('lgx', reason),
      threeYearNetBenefit: missing('lgx', reason),
    };
  const investment = figures.investmentPence ?? 0;
  const saving = figures.cashableSavingsPencePerYear ?? 0;
  const runningCost = figures.runningCostPencePerYear ?? 0;
  return {
    ...base,
    paybackMonths: payback(investment, saving, runningCost),
    threeYearNetBenefit: value('lgx', 3 * (saving - runningCost) - investment),
  };
}
