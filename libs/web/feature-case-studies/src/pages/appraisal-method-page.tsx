import {
  APPRAISAL_METHOD_VERSION,
  type AppraisalScenario,
  GREEN_BOOK_DISCOUNT_SCHEDULE,
  OPTIMISM_BIAS_GUIDELINES,
  OPTIMISM_BIAS_SOURCE,
} from '@lgx/shared/domain';
import { Breadcrumbs, Table, usePageTitle } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';

import { derbyExample, moneyText, ratioText } from '../model/appraisal-example';
import { APPRAISAL_METHOD_DOCUMENT_URL } from '../model/appraisal-method-document';

const percent = (basisPoints: number) => `${(basisPoints / 100).toFixed(1)}%`;
const years = (from: number, to: number | null) =>
  to === null ? `${from} and over` : `${from}–${to}`;
const payback = (year: number | null) => (year === null ? 'not paid back' : `year ${year}`);

const labels = (...names: string[]) => names.map((label) => ({ label }));

function DiscountRates() {
  return (
    <Table
      caption="The Green Book discount rate, real, by year"
      captionSize="s"
      columns={labels('Years from now', 'Discount rate')}
      rowHeaders
      rows={GREEN_BOOK_DISCOUNT_SCHEDULE.map((band) => ({
        key: String(band.fromYear),
        cells: [years(band.fromYear, band.toYear), percent(band.rateBasisPoints)],
      }))}
    />
  );
}

function OptimismBias() {
  return (
    <Table
      caption="Optimism bias: the upper bound LGX applies, by project type"
      captionSize="s"
      columns={labels('Project type', 'Uplift', 'Applied to')}
      rowHeaders
      rows={Object.entries(OPTIMISM_BIAS_GUIDELINES).map(([key, guideline]) => ({
        key,
        cells: [
          guideline.label,
          `${guideline.cost.upperPercent}%`,
          guideline.appliesTo === 'investment' ? 'the investment' : 'the running costs',
        ],
      }))}
    />
  );
}

function WorkedExample() {
  const example = derbyExample();
  const rows: [string, AppraisalScenario][] = [
    ['Low', example.low],
    ['Central', example.central],
    ['High', example.high],
  ];
  return (
    <Table
      caption="Derby: “between £1.5m and £2m” invested, “up to £12m” saved over three to four years"
      captionSize="s"
      columns={labels(
        'Reading',
        'Net present value',
        'With optimism bias (+200%)',
        'Benefit-cost ratio',
        'Payback',
      )}
      rowHeaders
      rows={rows.map(([label, scenario]) => ({
        key: label,
        cells: [
          label,
          moneyText(scenario.unadjusted.netPresentValuePence),
          moneyText(scenario.adjusted.netPresentValuePence),
          ratioText(scenario.unadjusted.benefitCostRatio),
          payback(scenario.unadjusted.paybackYear),
        ],
      }))}
    />
  );
}

/**
 * The public page of LGX's appraisal method: a short web version of
 * docs/appraisal-method.md, its tables read from the code that applies it,
 * and a link to the full document.
 */
export function AppraisalMethodPage() {
  usePageTitle('How LGX counts the money');
  return (
    <>
      <Breadcrumbs
        renderLink={routerLink}
        items={[
          { label: 'Home', href: '/' },
          { label: 'Case studies', href: '/case-studies' },
        ]}
      />
      <h1 className="govuk-heading-xl">How LGX counts the money</h1>
      <p className="govuk-body-l">
        Every case study that gives figures is appraised the same way, following HM Treasury’s Green
        Book, so any two can be compared on one basis.
      </p>
      <h2 className="govuk-heading-m">The steps</h2>
      <ol className="govuk-list govuk-list--number">
        <li>
          The investment is spent in year 0. Cashable savings, less running costs, come each year
          from year 1 for the period the council gave, and nothing after it. A total saving is
          spread evenly over the period. A running cost not given counts as nothing.
        </li>
        <li>
          Each year is discounted at the Green Book rate: the net present value is the discounted
          savings less the discounted costs.
        </li>
        <li>
          The benefit-cost ratio is the discounted savings divided by the discounted costs. Payback
          is the first year from whose end the running total stays at or above zero; discounted
          payback is the same with discounted cash flows.
        </li>
        <li>
          Ranges give low, central and high readings: between A and B is A, the midpoint and B; “up
          to X” is £0, half of X and X. The low reading takes every figure at its least favourable
          end at once.
        </li>
        <li>
          Optimism bias: the Green Book’s upper bound for the project type is added, and the
          adjusted figure is always shown beside the unadjusted one, never instead of it.
        </li>
        <li>
          Figures are marked as a forecast or a measured actual. Money is kept exact, in pence; it
          is rounded only to be shown.
        </li>
      </ol>
      <DiscountRates />
      <OptimismBias />
      <p className="govuk-body-s">Source: {OPTIMISM_BIAS_SOURCE}.</p>
      <h2 className="govuk-heading-m">A worked example</h2>
      <WorkedExample />
      <p className="govuk-body">
        The method is version {APPRAISAL_METHOD_VERSION}.{' '}
        <a className="govuk-link" href={APPRAISAL_METHOD_DOCUMENT_URL}>
          Read the full method, with its sources and reasons (Markdown document)
        </a>
        .
      </p>
    </>
  );
}
