import type { SectorMapCellQuery } from '@lgx/web/data-access';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { type CellList, type CellListScope, useCellList } from '../hooks/use-cell-list';
import { filterForApi, type SectorFilterValues } from '../model/sector-map-view';
import { PagedGroup } from './paged-group';

type Cell = SectorMapCellQuery['sectorMapCell'];

const REASONS: Record<string, string> = {
  LED_CASE_STUDY: 'led a published case study of this',
  PILOTING: 'piloting, on its published digital ambition map',
  LIVE: 'live, on its published digital ambition map',
};

type CaseStudy = Cell['caseStudies']['edges'][number]['node'];

function caseStudyFigures(study: CaseStudy): string {
  // "Measured" is decision 0075's one definition, decided by the API.
  const basis = study.measuredFigures
    ? 'Measured actual'
    : study.figuresBasis === 'ACTUAL'
      ? 'Actual, but not every figure the method needs'
      : 'Forecast';
  if (!study.netPresentValue) return `${basis}. ${study.appraisalNotWorkedOut ?? ''}`.trim();
  const payback = study.paybackYear === null ? '' : `, pays back in year ${study.paybackYear}`;
  return `${basis}: net present value ${study.netPresentValue.formatted} (central${payback}).`;
}

/** One list of the cell, paged, with how each item reads. */
function useItems<List extends CellList>(
  list: List,
  scope: CellListScope,
  cell: Cell,
  item: (node: Cell[List]['edges'][number]['node']) => { key: string; content: ReactNode },
) {
  const { nodes, ...paging } = useCellList(list, scope, cell[list]);
  return { ...paging, items: nodes.map(item) };
}

/** The published case studies, components and willing councils behind a cell, each paged. */
export function SectorCellLists({ cell, filter }: { cell: Cell; filter: SectorFilterValues }) {
  const scope: CellListScope = {
    objective: cell.objective,
    technology: cell.technology,
    filter: filterForApi(filter),
  };
  const caseStudies = useItems('caseStudies', scope, cell, (study) => ({
    key: study.id,
    content: (
      <>
        <Link className="govuk-link" to={study.path}>
          {study.title}
        </Link>
        <br />
        Led by {study.leadCouncilName}. {caseStudyFigures(study)}
      </>
    ),
  }));
  const components = useItems('components', scope, cell, (component) => ({
    key: component.id,
    content: (
      <>
        <Link className="govuk-link" to={component.path}>
          {component.name}
        </Link>
        <br />
        {component.summary}
      </>
    ),
  }));
  const councils = useItems('willingCouncils', scope, cell, (council) => ({
    key: council.code,
    content: (
      <>
        <Link className="govuk-link" to={council.path}>
          {council.name}
        </Link>
        : {council.reasons.map((reason) => REASONS[reason] ?? reason).join('; ')}
      </>
    ),
  }));
  return (
    <>
      <PagedGroup
        title="Case studies"
        noun="case studies"
        empty="No published case study is tagged with this objective and technology yet."
        list={caseStudies}
      />
      <PagedGroup
        title="Components"
        noun="components"
        empty="No published component with this technology is tied to these case studies or maps yet."
        list={components}
      />
      <PagedGroup
        title="Councils willing to share"
        noun="councils"
        empty="No council has published work or a digital ambition map showing this yet."
        list={councils}
      />
    </>
  );
}
