import { useViewer } from '@lgx/web/data-access';
import { Breadcrumbs, Loading, ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';
import { Link, useParams } from 'react-router';

import { AmbitionChanges } from '../components/ambition-changes';
import { AmbitionSummary } from '../components/ambition-summary';
import { ObjectiveDetails } from '../components/objective-details';
import { ObjectiveForm } from '../components/objective-form';
import { PublishPanel } from '../components/publish-panel';
import { useAmbitionEvidenceOptions, useAmbitionMap } from '../hooks/use-ambition-map';

/**
 * A council's digital ambition map: its editors and admins fill it in, an
 * objective at a time; its officers read it and its changes; everyone else
 * reads it once its admins publish it.
 */
export function AmbitionPage() {
  const { code = '' } = useParams();
  const councilCode = code.toUpperCase();
  const viewer = useViewer();
  const { data, error, isPending } = useAmbitionMap(councilCode);
  const map = data?.ambitionMap;
  const evidence = useAmbitionEvidenceOptions(councilCode, Boolean(map?.canEdit));
  const title = map ? `${map.councilName}: digital ambition` : 'Digital ambition';
  usePageTitle(title, Boolean(error));
  const member = viewer.data?.viewer.council?.code === councilCode;

  const breadcrumbs = (
    <Breadcrumbs
      renderLink={routerLink}
      items={[
        { label: 'Home', href: '/' },
        { label: 'Councils', href: '/councils' },
        { label: map?.councilName ?? councilCode, href: `/councils/${councilCode}` },
      ]}
    />
  );
  if (error) return <ServiceProblem message={error.message} />;
  // The evidence choosers keep their first value: they wait for their options.
  if (isPending || (map?.canEdit && evidence.isPending))
    return <Loading label="Loading the digital ambition map" />;
  if (!map)
    return (
      <>
        {breadcrumbs}
        <h1 className="govuk-heading-l">Digital ambition</h1>
        <p className="govuk-body">
          This council has not published a digital ambition map. A council&apos;s map is private to
          its officers until its admins publish it.
        </p>
      </>
    );
  return (
    <>
      {breadcrumbs}
      <span className="govuk-caption-l">{map.councilName}</span>
      <h1 className="govuk-heading-l">Digital ambition</h1>
      <p className="govuk-body">
        For each strategic objective: how important it is, and for each technology the potential
        seen, the plan, what holds the council back and whether it is ready to deliver.
      </p>
      {member && <PublishPanel map={map} />}
      {member && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/digital-ambition/${map.councilCode}/peers`}>
            Compare your map with councils like yours
          </Link>
        </p>
      )}
      {map.canEdit ? (
        <>
          <h2 className="govuk-heading-m">Your answers</h2>
          <p className="govuk-body">Open an objective, answer what you can and save it.</p>
          {map.objectives.map((objective) => (
            <ObjectiveDetails key={objective.objective} summary={objective.label}>
              <ObjectiveForm
                councilCode={map.councilCode}
                objective={objective}
                evidenceOptions={evidence.data?.ambitionEvidenceOptions ?? []}
              />
            </ObjectiveDetails>
          ))}
        </>
      ) : (
        <>
          <h2 className="govuk-heading-m">The map</h2>
          <AmbitionSummary objectives={map.objectives} />
        </>
      )}
      {member && <AmbitionChanges councilCode={map.councilCode} />}
    </>
  );
}
