import {
  caseStudyFigures,
  type Figure,
  figuresNote,
  moneyFigureText,
  paybackFigureText,
} from '@lgx/shared/domain';
import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';
import { statedFigures, SummaryCard, SummaryList, type SummaryRow } from '@lgx/web/ui';

const NOT_GIVEN = 'Not given';
const count = new Intl.NumberFormat('en-GB');

type Figures = Pick<
  CaseStudyDetailsFragment,
  | 'investment'
  | 'runningCostPerYear'
  | 'cashableSavingsPerYear'
  | 'hoursSavedPerYear'
  | 'residentsAffected'
  | 'nonCashableBenefits'
  | 'evidenceLevel'
>;

/** A figure LGX works out, marked as such; or, when it could not, only why. */
const worked = (figure: Figure, text: string) =>
  figure.missing !== null ? (
    text
  ) : (
    <>
      {text}
      <span className="lgx-derived"> Worked out by LGX</span>
    </>
  );

/**
 * The summary card of a case study's numbers: what the council gave, the two
 * figures LGX works out (or why it could not), and a note saying which is which.
 */
export function FiguresCard({ study }: { study: Figures }) {
  const figures = caseStudyFigures(statedFigures(study));
  const net = figures.threeYearNetBenefit;
  const rows: SummaryRow[] = [
    { key: 'Investment', value: moneyFigureText(figures.investment) },
    { key: 'Running cost per year', value: moneyFigureText(figures.runningCostPerYear) },
    { key: 'Cashable savings per year', value: moneyFigureText(figures.cashableSavingsPerYear) },
    {
      key: 'Payback period',
      value: worked(figures.paybackMonths, paybackFigureText(figures.paybackMonths)),
    },
    {
      key: 'Three-year net benefit',
      value: worked(
        net,
        net.value !== null && net.value < 0
          ? `${moneyFigureText(net)} (it costs more than it saves over three years)`
          : moneyFigureText(net),
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
      <p className="govuk-body-s lgx-figures-note">{figuresNote(figures)}</p>
    </SummaryCard>
  );
}
