import type { BusinessCaseQuery } from '@lgx/web/data-access';
import { Table } from '@lgx/web/ui';

import { SourceLinks } from './source-links';

type Spread = BusinessCaseQuery['businessCase']['spread'][number];

function Point({ point }: { point: Spread['low'] }) {
  return (
    <>
      {point.text}
      <br />
      <span className="govuk-body-s">
        from <SourceLinks sources={point.sources} />
      </span>
    </>
  );
}

const SPREAD_COLUMNS = ['Figure', 'n', 'Low', 'Median', 'High'].map((label) => ({ label }));

/** Each figure across the peers: lowest, median and highest, with n and their sources. */
export function BusinessCaseSpread({ spread }: { spread: readonly Spread[] }) {
  return (
    <Table
      caption="The spread across peers"
      columns={SPREAD_COLUMNS}
      rowHeaders
      rows={spread.map((row) => ({
        key: row.figure,
        cells: [
          row.figure,
          row.n,
          <Point point={row.low} />,
          <Point point={row.median} />,
          <Point point={row.high} />,
        ],
      }))}
    />
  );
}
