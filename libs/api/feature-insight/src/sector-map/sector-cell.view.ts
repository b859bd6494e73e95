import {
  appraiseCaseStudy,
  type AppraisedFields,
  formatPence,
  hasMeasuredFigures,
} from '@lgx/shared/domain';

import type { SectorCellCaseStudy } from './sector-cell.object';

/** A case study as the cell's query reads it; `publishedKey` orders the pages. */
export type CaseStudyRow = Omit<
  SectorCellCaseStudy,
  'path' | 'netPresentValue' | 'paybackYear' | 'appraisalNotWorkedOut' | 'measuredFigures'
> &
  Record<keyof AppraisedFields, unknown> & { publishedKey: string };

const pence = (value: unknown) => (value === null ? null : Number(value));

/** A case study row with the method's central, unadjusted figures (decision 0057). */
export function caseStudyOf(row: CaseStudyRow): SectorCellCaseStudy {
  const { appraisal, notWorkedOut } = appraiseCaseStudy({
    ...(row as unknown as AppraisedFields),
    investmentPence: pence(row.investmentPence),
    investmentHighPence: pence(row.investmentHighPence),
    runningCostPencePerYear: pence(row.runningCostPencePerYear),
    cashableSavingsPencePerYear: pence(row.cashableSavingsPencePerYear),
    cashableSavingsHighPence: pence(row.cashableSavingsHighPence),
  });
  const central = appraisal?.central.unadjusted;
  return {
    id: row.id,
    title: row.title,
    path: `/case-studies/${row.id}`,
    leadCouncilCode: row.leadCouncilCode,
    leadCouncilName: row.leadCouncilName,
    figuresBasis: row.figuresBasis,
    measuredFigures: hasMeasuredFigures(row),
    netPresentValue: central
      ? {
          pence: central.netPresentValuePence.toString(),
          formatted: formatPence(Number(central.netPresentValuePence)),
        }
      : null,
    paybackYear: central?.paybackYear ?? null,
    appraisalNotWorkedOut: notWorkedOut,
  };
}
