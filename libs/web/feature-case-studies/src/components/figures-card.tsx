import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';
import { FIGURES_BASIS_LABELS, SummaryCard, SummaryList, type SummaryRow } from '@lgx/web/ui';

import { AppraisalPanel } from './appraisal-panel';

const NOT_GIVEN = 'Not given';
const count = new Intl.NumberFormat('en-GB');

type Figures = Pick<
  CaseStudyDetailsFragment,
  | 'investmentStated'
  | 'runningCostPerYear'
  | 'cashableSavingsStated'
  | 'projectType'
  | 'figuresBasis'
  | 'appraisal'
  | 'appraisalNotWorkedOut'
  | 'hoursSavedPerYear'
  | 'residentsAffected'
  | 'nonCashableBenefits'
  | 'evidenceLevel'
>;

/**
 * The summary card of a case study's numbers as the council stated them
 * (ranges and "up to" as given), whether they are a forecast or measured,
 * and then LGX's appraisal of them by its one method (decision 0057).
 */
export function FiguresCard({ study }: { study: Figures }) {
  const rows: SummaryRow[] = [
    { key: 'Forecast or actual', value: FIGURES_BASIS_LABELS[study.figuresBasis] },
    { key: 'Investment', value: study.investmentStated ?? NOT_GIVEN },
    {
      key: 'Running cost per year',
      value: study.runningCostPerYear?.formatted ?? 'Not given (counted as nothing)',
    },
    { key: 'Cashable savings', value: study.cashableSavingsStated ?? NOT_GIVEN },
    { key: 'Project type', value: study.projectType.label },
    {
      key: 'Staff hours saved per year',
      value: study.hoursSavedPerYear === null ? NOT_GIVEN : count.format(study.hoursSavedPerYear),
    },
    {
      key: 'Residents or cases affected',
      value: study.residentsAffected === null ? NOT_GIVEN : count.format(study.residentsAffected),
    },
    { key: 'Other benefits', value: study.nonCashableBenefits ?? NOT_GIVEN },
    { key: 'Evidence level', value: study.evidenceLevel?.label ?? NOT_GIVEN },
  ];
  return (
    <SummaryCard title="The numbers">
      <SummaryList rows={rows} />
      <AppraisalPanel
        appraisal={study.appraisal}
        notWorkedOut={study.appraisalNotWorkedOut}
        basis={study.figuresBasis}
      />
    </SummaryCard>
  );
}
