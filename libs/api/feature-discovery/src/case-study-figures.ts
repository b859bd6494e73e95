import type { Money } from '@lgx/api/core/graphql';
import type { SearchHitResult } from '@lgx/api/core/search';
import { caseStudyFigures, FIGURE_MISSING_REASONS, formatPence } from '@lgx/shared/domain';

/** A case study result's headline figures, as in CaseStudy; all null for other types. */
export interface HitFigures {
  investment: Money | null;
  runningCostPerYear: Money | null;
  cashableSavingsPerYear: Money | null;
  paybackMonths: number | null;
  paybackNotWorkedOut: string | null;
}

const pence = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const money = (value: number | null): Money | null =>
  value === null ? null : { pence: String(value), formatted: formatPence(value) };

/** The stated figures a case study's search document carries, and the payback worked out from them. */
export function caseStudyHitFigures(hit: SearchHitResult): HitFigures {
  const stated = {
    investmentPence: pence(hit.details.investmentPence),
    runningCostPencePerYear: pence(hit.details.runningCostPencePerYear),
    cashableSavingsPencePerYear: pence(hit.details.cashableSavingsPencePerYear),
  };
  if (hit.type !== 'case_study')
    return {
      investment: null,
      runningCostPerYear: null,
      cashableSavingsPerYear: null,
      paybackMonths: null,
      paybackNotWorkedOut: null,
    };
  const { paybackMonths } = caseStudyFigures(stated);
  return {
    investment: money(stated.investmentPence),
    runningCostPerYear: money(stated.runningCostPencePerYear),
    cashableSavingsPerYear: money(stated.cashableSavingsPencePerYear),
    paybackMonths: paybackMonths.value,
    paybackNotWorkedOut:
      paybackMonths.missing === null ? null : FIGURE_MISSING_REASONS[paybackMonths.missing],
  };
}
