import { Table } from '@lgx/web/ui';
import { Link } from 'react-router';

import {
  cellPath,
  count,
  objectiveLabel,
  percent,
  type SectorCellFigures,
  type SectorFilterValues,
  technologyLabel,
} from '../model/sector-map-view';

/** The sector map's numbers as a table, one row per objective and technology, each opening its cell. */
export function SectorTable({
  cells,
  filter,
}: {
  cells: SectorCellFigures[];
  filter: SectorFilterValues;
}) {
  return (
    <Table
      caption="The sector map's figures"
      columns={[
        { label: 'Objective' },
        { label: 'Technology' },
        { label: 'See high potential', numeric: true },
        { label: 'Planning', numeric: true },
        { label: 'Live with evidence', numeric: true },
        { label: 'Published case studies', numeric: true },
        { label: 'Gap' },
      ]}
      rows={cells.map((cell) => ({
        key: `${cell.objective} ${cell.technology}`,
        cells: [
          <Link
            key="open"
            className="govuk-link"
            to={cellPath(cell.objective, cell.technology, filter)}
            aria-label={`${objectiveLabel(cell.objective)}, ${technologyLabel(cell.technology)}`}
          >
            {objectiveLabel(cell.objective)}
          </Link>,
          technologyLabel(cell.technology),
          percent(cell.highPotentialShare, cell.heldBackReason),
          percent(cell.planningShare, cell.heldBackReason),
          count(cell.liveWithEvidence, cell.heldBackReason),
          cell.publishedCaseStudies,
          cell.gap === null || cell.gap === undefined ? '' : cell.gap ? 'Gap' : 'No',
        ],
      }))}
    />
  );
}
