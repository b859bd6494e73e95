import type { BusinessCaseQuery } from '@lgx/web/data-access';

import { SourceLinks } from './source-links';

type Reading = BusinessCaseQuery['businessCase']['readings'][number];

const HEADINGS = [
  'Reading',
  'Investment',
  'Running cost a year',
  'Cashable saving a year',
  'Years',
  'NPV before optimism bias',
  'NPV after optimism bias',
  'Benefit-cost ratio',
  'Payback year',
  'From',
];

/** The appraisal method applied to the low, central and high readings of the spread. */
export function BusinessCaseReadings({ readings }: { readings: readonly Reading[] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        The method applied to the spread
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {HEADINGS.map((heading) => (
            <th key={heading} scope="col" className="govuk-table__header">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {readings.map((row) => (
          <tr key={row.reading} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {row.reading}
              <br />
              <span className="govuk-body-s">{row.description}</span>
            </th>
            <td className="govuk-table__cell">{row.investment.formatted}</td>
            <td className="govuk-table__cell">{row.runningCostPerYear.formatted}</td>
            <td className="govuk-table__cell">{row.cashableSavingsPerYear.formatted}</td>
            <td className="govuk-table__cell">{row.periodYears}</td>
            <td className="govuk-table__cell">{row.netPresentValueUnadjusted.formatted}</td>
            <td className="govuk-table__cell">{row.netPresentValue.formatted}</td>
            <td className="govuk-table__cell">{row.benefitCostRatio ?? 'no costs'}</td>
            <td className="govuk-table__cell">{row.paybackYear ?? 'not paid back'}</td>
            <td className="govuk-table__cell">
              <SourceLinks sources={row.sources} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
