import { isOneOf, STRATEGIC_OBJECTIVES, TECHNOLOGIES } from '@lgx/shared/domain';
import type { StrategicObjective, Technology } from '@lgx/web/data-access';
import { Breadcrumbs, Loading, ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';
import { Link, useParams, useSearchParams } from 'react-router';

import { SectorCellFigures } from '../components/sector-cell-figures';
import { SectorCellLists } from '../components/sector-cell-lists';
import { useSectorCell } from '../hooks/use-sector-cell';
import { cellBusinessCasePath } from '../model/business-case-request';
import {
  cellPath,
  filterFromParams,
  filterQuery,
  objectiveLabel,
  practiceBasis,
  technologyLabel,
} from '../model/sector-map-view';

/**
 * One cell of the sector map opened: its figures under the same filter (and
 * the same small-number rule) and the published case studies, components and
 * councils behind it (decision 0063).
 */
export function SectorCellPage() {
  const { objective = '', technology = '' } = useParams();
  const [params] = useSearchParams();
  const filter = filterFromParams(params);
  const known = isOneOf(STRATEGIC_OBJECTIVES, objective) && isOneOf(TECHNOLOGIES, technology);
  const { data, error, isPending } = useSectorCell(
    objective as StrategicObjective,
    technology as Technology,
    filter,
    known,
  );
  const title = known
    ? `${objectiveLabel(objective)}: ${technologyLabel(technology)}`
    : 'Page not found';
  usePageTitle(title, Boolean(error));
  const mapPath = `/sector-map${filterQuery(filter)}`;
  const breadcrumbs = (
    <Breadcrumbs
      renderLink={routerLink}
      items={[
        { label: 'Home', href: '/' },
        { label: 'Sector map', href: mapPath },
      ]}
    />
  );
  if (!known)
    return (
      <>
        {breadcrumbs}
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">
          There is no such objective or technology. Choose a cell from the{' '}
          <Link className="govuk-link" to="/sector-map">
            sector map
          </Link>
          .
        </p>
      </>
    );
  if (error) return <ServiceProblem message={error.message} />;
  const cell = data?.sectorMapCell;
  return (
    <>
      {breadcrumbs}
      <span className="govuk-caption-l">{objectiveLabel(objective)}</span>
      <h1 className="govuk-heading-l">{technologyLabel(technology)}</h1>
      <p className="govuk-body">
        What councils
        {filter.councilType || filter.nation || filter.region ? ' within the filter' : ''} see and
        do with this technology for this objective, and the published work behind it. Councils are
        listed only for what they published themselves.
      </p>
      <p className="govuk-body" data-testid="practice-basis">
        {practiceBasis(filter)}{' '}
        <Link
          className="govuk-link"
          to={cellPath(objective, technology, { ...filter, measuredOnly: !filter.measuredOnly })}
        >
          {filter.measuredOnly ? 'Show all figures' : 'Show only measured figures'}
        </Link>
      </p>
      <Link
        className="govuk-button govuk-button--start"
        to={cellBusinessCasePath(objective, technology, filter.measuredOnly)}
      >
        Start our business case
      </Link>
      {isPending || !cell ? (
        <Loading label="Loading this cell of the sector map" />
      ) : (
        <>
          <h2 className="govuk-heading-m">Figures</h2>
          <SectorCellFigures cell={cell} />
          <SectorCellLists cell={cell} filter={filter} />
        </>
      )}
    </>
  );
}
