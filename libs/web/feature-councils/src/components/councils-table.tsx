import type { CouncilsQuery } from '@lgx/web/data-access';
import { ScrollBox } from '@lgx/web/ui';
import { Link } from 'react-router';

import { formatNumber, nationLabel } from '../model/labels';

type CouncilEdge = CouncilsQuery['councils']['edges'][number];

/** One page of the register: each council with its type, region and population. */
export function CouncilsTable({
  edges,
  labelledBy,
}: {
  edges: readonly CouncilEdge[];
  labelledBy: string;
}) {
  return (
    <ScrollBox labelledBy={labelledBy}>
      <table className="govuk-table" aria-labelledby={labelledBy}>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Council
            </th>
            <th scope="col" className="govuk-table__header">
              Type
            </th>
            <th scope="col" className="govuk-table__header">
              Region
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Population
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {edges.map(({ node }) => (
            <tr className="govuk-table__row" key={node.code}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/councils/${node.code}`}>
                  {node.name}
                </Link>
              </td>
              <td className="govuk-table__cell">{node.typeName}</td>
              <td className="govuk-table__cell">{node.region ?? nationLabel(node.nation)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatNumber(node.population)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
