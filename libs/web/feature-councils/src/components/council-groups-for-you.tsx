import {
  CouncilRenewalRadarDocument,
  isOfficer,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import { Loading, NO_FORM_ERRORS, problemsFromError, toFormErrors } from '@lgx/web/ui';

import { RADAR_FIELD_IDS, useRadarWindow } from '../hooks/use-radar-window';
import { RadarEndings } from './radar-endings';
import { RadarSuggestions } from './radar-suggestions';
import { RadarWindowForm } from './radar-window-form';

/**
 * For verified officers: the renewal radar. The council's contracts (public
 * contracts and supplier experiences) ending within the window, each with
 * other councils' contracts in the same CPV division or with the same
 * supplier ending within a year, the Procurement Act timing; and the groups
 * the council could join. The API uses only the contracts the reader may
 * know of, so other councils see fewer experiences.
 */
export function CouncilGroupsForYou({ council }: { council: { code: string; name: string } }) {
  const viewer = useViewer().data?.viewer;
  const officer = isOfficer(viewer);
  const { span, formErrors, submit } = useRadarWindow();
  const { data, error } = useGraphQLQuery(
    CouncilRenewalRadarDocument,
    { councilCode: council.code, ...span },
    { enabled: officer },
  );
  if (!officer) return null;
  const own = viewer?.council?.code === council.code;
  const radar = data?.renewalRadar;
  const errors = formErrors.hasErrors
    ? formErrors
    : error
      ? toFormErrors(problemsFromError(error), RADAR_FIELD_IDS)
      : NO_FORM_ERRORS;

  return (
    <section aria-labelledby="groups-for-you-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="groups-for-you-heading">
        {own ? 'Groups for you' : `Groups for ${council.name}`}
      </h2>
      <p className="govuk-body">
        {own ? 'Your' : `${council.name}’s`} contracts ending soon, the councils buying the same
        thing or from the same supplier at about the same time, and the procurement groups{' '}
        {own ? 'your council' : 'it'} could join. Contracts come from public notices and supplier
        experiences{own ? '' : ': you see only the experiences the council chose to be named on'}.
      </p>
      <RadarWindowForm span={span} errors={errors} onSubmit={submit} />
      {!error && !radar && <Loading label="Loading groups for this council" />}
      {radar && (
        <>
          <h3 className="govuk-heading-m">Contracts ending</h3>
          <RadarEndings endings={radar.endings} own={own} />
          <h3 className="govuk-heading-m">Groups to join</h3>
          <RadarSuggestions radar={radar} own={own} />
        </>
      )}
    </section>
  );
}
