import { Table } from '@lgx/web/ui';

import {
  count,
  objectiveLabel,
  percent,
  type SectorCellFigures,
  technologyLabel,
} from '../model/sector-map-view';

/** The sector map's numbers as a table, one row per objective and technology. */
export function SectorTable({ cells }: { cells: SectorCellFigures[] }) {
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
          objectiveLabel(cell.objective),
          technologyLabel(cell.technology),
          percent(cell.highPotentialShare),
          percent(cell.planningShare),
          count(cell.liveWithEvidence),
          cell.publishedCaseStudies,
          cell.gap === null || cell.gap === undefined ? '' : cell.gap ? 'Gap' : 'No',
        ],
      }))}
    />
  );
}
