import type { BusinessCaseQuery } from '@lgx/web/data-access';

import { SourceLinks } from './source-links';

type Spread = BusinessCaseQuery['businessCase']['spread'][number];

function Point({ point }: { point: Spread['low'] }) {
  return (
    <td className="govuk-table__cell">
      {point.text}
      <br />
      <span className="govuk-body-s">
        from <SourceLinks sources={point.sources} />
      </span>
    </td>
  );
}

/** Each figure across the peers: lowest, median and highest, with n and their sources. */
export function BusinessCaseSpread({ spread }: { spread: readonly Spread[] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        The spread across peers
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {['Figure', 'n', 'Low', 'Median', 'High'].map((heading) => (
            <th key={heading} scope="col" className="govuk-table__header">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {spread.map((row) => (
          <tr key={row.figure} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {row.figure}
            </th>
            <td className="govuk-table__cell">{row.n}</td>
            <Point point={row.low} />
            <Point point={row.median} />
            <Point point={row.high} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
