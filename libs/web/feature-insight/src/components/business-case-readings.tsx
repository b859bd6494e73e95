import type { BusinessCaseQuery } from '@lgx/web/data-access';
import { Table } from '@lgx/web/ui';

import { SourceLinks } from './source-links';

type Reading = BusinessCaseQuery['businessCase']['readings'][number];

const READING_COLUMNS = [
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
].map((label) => ({ label }));

/** The appraisal method applied to the low, central and high readings of the spread. */
export function BusinessCaseReadings({ readings }: { readings: readonly Reading[] }) {
  return (
    <Table
      caption="The method applied to the spread"
      columns={READING_COLUMNS}
      rowHeaders
      rows={readings.map((row) => ({
        key: row.reading,
        cells: [
          <>
            {row.reading}
            <br />
            <span className="govuk-body-s">{row.description}</span>
          </>,
          row.investment.formatted,
          row.runningCostPerYear.formatted,
          row.cashableSavingsPerYear.formatted,
          row.periodYears,
          row.netPresentValueUnadjusted.formatted,
          row.netPresentValue.formatted,
          row.benefitCostRatio ?? 'no costs',
          row.paybackYear ?? 'not paid back',
          <SourceLinks sources={row.sources} />,
        ],
      }))}
    />
  );
}
