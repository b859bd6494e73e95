import { useViewer } from '@lgx/web/data-access';
import { Breadcrumbs, Loading, ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';
import { Link, useSearchParams } from 'react-router';

import { SectorFilters } from '../components/sector-filters';
import { SectorGrid } from '../components/sector-grid';
import { SectorTable } from '../components/sector-table';
import { SectorTotals } from '../components/sector-totals';
import { useSectorMap } from '../hooks/use-sector-map';
import {
  filterFromParams,
  HELD_BACK,
  HELD_BACK_UNANIMOUS,
  objectiveLabel,
  practiceBasis,
  technologyLabel,
} from '../model/sector-map-view';

/**
 * The sector map: where councils see potential, what they plan and what they
 * practise, from every council's ambition map; no figure of fewer than five
 * councils (decision 0059).
 */
export function SectorMapPage() {
  const [params] = useSearchParams();
  const filter = filterFromParams(params);
  const { data, error, isPending } = useSectorMap(filter);
  usePageTitle('Sector map', Boolean(error));
  const map = data?.sectorMap;
  const myCouncil = useViewer().data?.viewer.council;
  return (
    <>
      <Breadcrumbs
        renderLink={routerLink}
        items={[
          { label: 'Home', href: '/' },
          { label: 'Sector map', href: '/sector-map' },
        ]}
      />
      <h1 className="govuk-heading-l">Sector map</h1>
      <p className="govuk-body">
        For each strategic objective and technology: the share of councils that see high potential,
        the share planning it (within five years, piloting or live), and the practice shown by
        published case studies and live entries with evidence. Every council&apos;s map counts,
        private or published, but no figure built from fewer than 5 councils is shown.
      </p>
      {myCouncil && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/digital-ambition/${myCouncil.code}/peers`}>
            Compare {myCouncil.name}&apos;s map with councils like yours
          </Link>
        </p>
      )}
      <SectorFilters filter={filter} />
      {error ? (
        <ServiceProblem message={error.message} />
      ) : isPending || !map ? (
        <Loading label="Loading the sector map" />
      ) : (
        <>
          {map.suppressedReason ? (
            <div className="govuk-inset-text" role="status">
              Figures held back: {map.suppressedReason}. Cells say &ldquo;{HELD_BACK}&rdquo;; only
              published case studies are counted.
            </div>
          ) : (
            <p className="govuk-body" role="status">
              {map.councilsAnswered} councils answered. A gap: {map.gapRule} Where none, one, all
              but one or all of fewer than 10 councils with private maps gave an answer, that figure
              says &ldquo;{HELD_BACK_UNANIMOUS}&rdquo; instead: it would tell a council the
              others&apos; answers. Published maps are public, so they count in the figures but not
              towards the five. Open a cell for the case studies, components and councils behind it.
            </p>
          )}
          <p className="govuk-body" data-testid="practice-basis">
            {practiceBasis(filter)}
          </p>
          <h2 className="govuk-heading-m">The grid</h2>
          <SectorGrid cells={map.cells} filter={filter} />
          <SectorTable cells={map.cells} filter={filter} />
          <h2 className="govuk-heading-m">Totals</h2>
          <p className="govuk-body">
            Councils that see high potential in, plan or have live with evidence any technology for
            an objective, or any objective for a technology.
          </p>
          <SectorTotals
            caption="By objective, across every technology"
            totals={map.objectiveTotals.map((t) => ({ ...t, label: objectiveLabel(t.objective) }))}
          />
          <SectorTotals
            caption="By technology, across every objective"
            totals={map.technologyTotals.map((t) => ({
              ...t,
              label: technologyLabel(t.technology),
            }))}
          />
        </>
      )}
    </>
  );
}
