import type { Money } from '@lgx/api/core/graphql';
import type { SearchHitResult } from '@lgx/api/core/search';
import { formatPence } from '@lgx/shared/domain';

/** A case study result's figures, from the appraisal method; all null for other types. */
export interface HitFigures {
  investmentStated: string | null;
  cashableSavingsStated: string | null;
  netPresentValue: Money | null;
  paybackYear: number | null;
  figuresBasis: string | null;
  figuresNotWorkedOut: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const wholeNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : null;

const NONE: HitFigures = {
  investmentStated: null,
  cashableSavingsStated: null,
  netPresentValue: null,
  paybackYear: null,
  figuresBasis: null,
  figuresNotWorkedOut: null,
};

/**
 * The figures a case study's search document carries (decision 0057): the
 * stated money as text and the appraisal method's central net present value
 * (whole pence, exact) and payback year. Nothing is worked out here.
 */
export function caseStudyHitFigures(hit: SearchHitResult): HitFigures {
  if (hit.type !== 'case_study') return NONE;
  const npv = wholeNumber(hit.details.npvCentralPence);
  return {
    investmentStated: text(hit.details.investmentText),
    cashableSavingsStated: text(hit.details.cashableSavingsText),
    netPresentValue: npv === null ? null : { pence: String(npv), formatted: formatPence(npv) },
    paybackYear: wholeNumber(hit.details.paybackYears),
    figuresBasis: text(hit.details.figures),
    figuresNotWorkedOut: text(hit.details.appraisalNotWorkedOut),
  };
}
