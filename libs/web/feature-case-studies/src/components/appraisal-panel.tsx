import type {
  AppraisalFiguresDetailsFragment,
  CaseStudyAppraisalDetailsFragment,
  FiguresBasis,
} from '@lgx/web/data-access';
import { paybackYearText, Table } from '@lgx/web/ui';
import { Link } from 'react-router';

type Figures = AppraisalFiguresDetailsFragment;

interface AppraisalPanelProps {
  appraisal: CaseStudyAppraisalDetailsFragment | null;
  notWorkedOut: string | null;
  basis: FiguresBasis;
}

const BASIS_WORDS: Record<FiguresBasis, string> = {
  FORECAST: 'These are forecast figures: what the council expected, not yet measured.',
  ACTUAL: 'These are measured actual figures: what the council found it spent and saved.',
};

/** The central NPV, with the low to high range when the council gave a range. */
function npvText(
  appraisal: CaseStudyAppraisalDetailsFragment,
  pick: (scenario: { unadjusted: Figures; adjusted: Figures }) => Figures,
): string {
  const central = pick(appraisal.central).netPresentValue.formatted;
  if (!appraisal.hasRange) return central;
  return `${central} (from ${pick(appraisal.low).netPresentValue.formatted} to ${pick(appraisal.high).netPresentValue.formatted})`;
}

const ROWS: [string, (figures: Figures) => string][] = [
  ['Benefit-cost ratio', (figures) => figures.benefitCostRatio ?? 'Not given: nothing is spent'],
  ['Payback', (figures) => paybackYearText(figures.paybackYear)],
  ['Discounted payback', (figures) => paybackYearText(figures.discountedPaybackYear)],
];

function MethodLink() {
  return (
    <Link className="govuk-link" to="/appraisal-method">
      How LGX works out these figures
    </Link>
  );
}

/**
 * LGX's appraisal of a case study's figures (the Green Book method): the net
 * present value (central, with the range where one was given), benefit-cost
 * ratio, payback and discounted payback, each unadjusted beside the figure
 * adjusted for optimism bias, labelled forecast or actual; or why there is none.
 */
export function AppraisalPanel({ appraisal, notWorkedOut, basis }: AppraisalPanelProps) {
  if (!appraisal)
    return (
      <p className="govuk-body lgx-appraisal-missing">
        {notWorkedOut ?? 'No figures given'}. <MethodLink />.
      </p>
    );
  const bias = appraisal.optimismBias;
  const adjustedHeading = `With optimism bias (+${bias.upliftPercent}% on the ${bias.appliesTo === 'running-cost' ? 'running costs' : 'investment'})`;
  return (
    <section aria-labelledby="appraisal-heading" className="lgx-appraisal">
      <h3 className="govuk-heading-s" id="appraisal-heading">
        LGX appraisal ({basis === 'ACTUAL' ? 'measured actual' : 'forecast'})
      </h3>
      <p className="govuk-body-s">{BASIS_WORDS[basis]}</p>
      <Table
        caption={
          appraisal.hasRange
            ? 'Central reading, with the low to high range of the figures given'
            : 'From the figures given'
        }
        captionSize="s"
        columns={[
          { label: 'Figure', labelHidden: true },
          { label: 'Unadjusted' },
          { label: adjustedHeading },
        ]}
        rowHeaders
        rows={[
          {
            key: 'Net present value',
            cells: [
              'Net present value',
              npvText(appraisal, (s) => s.unadjusted),
              npvText(appraisal, (s) => s.adjusted),
            ],
          },
          ...ROWS.map(([label, text]) => ({
            key: label,
            cells: [label, text(appraisal.central.unadjusted), text(appraisal.central.adjusted)],
          })),
        ]}
      />
      <p className="govuk-body-s">
        Discounted at the Green Book rate (3.5% a year). Optimism bias for “{bias.label}”:{' '}
        {bias.source}. Method {appraisal.methodVersion}. <MethodLink />.
      </p>
    </section>
  );
}
