import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';
import { SummaryCard, SummaryList, type SummaryRow } from '@lgx/web/ui';

import { formatPayback } from '../model/payback';

const NOT_GIVEN = 'Not given';
const count = new Intl.NumberFormat('en-GB');

type Figures = Pick<
  CaseStudyDetailsFragment,
  | 'investment'
  | 'runningCostPerYear'
  | 'cashableSavingsPerYear'
  | 'paybackMonths'
  | 'threeYearNetBenefit'
  | 'hoursSavedPerYear'
  | 'residentsAffected'
  | 'nonCashableBenefits'
  | 'evidenceLevel'
>;

const worked = (text: string) => (
  <>
    {text}
    <span className="lgx-derived"> Worked out by LGX</span>
  </>
);

/** The summary card of a case study's numbers, with the two that LGX works out. */
export function FiguresCard({ study }: { study: Figures }) {
  const net = study.threeYearNetBenefit;
  const known = study.investment !== null && study.cashableSavingsPerYear !== null;
  const rows: SummaryRow[] = [
    { key: 'Investment', value: study.investment?.formatted ?? NOT_GIVEN },
    { key: 'Running cost per year', value: study.runningCostPerYear?.formatted ?? NOT_GIVEN },
    {
      key: 'Cashable savings per year',
      value: study.cashableSavingsPerYear?.formatted ?? NOT_GIVEN,
    },
    { key: 'Payback period', value: worked(formatPayback(study.paybackMonths, known)) },
    {
      key: 'Three-year net benefit',
      value: worked(
        net === null
          ? NOT_GIVEN
          : net.pence.startsWith('-')
            ? `${net.formatted} (it costs more than it saves over three years)`
            : net.formatted,
      ),
    },
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
      <p className="govuk-body-s lgx-figures-note">
        The council gave the investment, running cost and savings. LGX works out the payback period
        (the investment divided by the yearly savings less running costs, rounded up to a whole
        month) and the three-year net benefit (three years of savings, less the investment and three
        years of running costs); they are not typed in.
      </p>
    </SummaryCard>
  );
}
