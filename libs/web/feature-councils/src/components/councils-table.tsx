import type { CouncilsQuery } from '@lgx/web/data-access';
import { Table } from '@lgx/web/ui';
import { Link } from 'react-router';

import { formatNumber, nationLabel } from '../model/labels';

type CouncilEdge = CouncilsQuery['councils']['edges'][number];

const COLUMNS = [
  { label: 'Council' },
  { label: 'Type' },
  { label: 'Region' },
  { label: 'Population', numeric: true },
];

/** One page of the register: each council, heading its row, with its type, region and population. */
export function CouncilsTable({ edges }: { edges: readonly CouncilEdge[] }) {
  return (
    <Table
      caption="Councils, with their type, region and population"
      captionHidden
      columns={COLUMNS}
      rowHeaders
      rows={edges.map(({ node }) => ({
        key: node.code,
        cells: [
          <Link className="govuk-link" to={`/councils/${node.code}`}>
            {node.name}
          </Link>,
          node.typeName,
          node.region ?? nationLabel(node.nation),
          formatNumber(node.population),
        ],
      }))}
    />
  );
}
