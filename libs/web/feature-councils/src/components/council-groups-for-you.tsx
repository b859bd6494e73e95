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
 * For verified officers: the renewal radar. The groups the council could
 * join; then its contracts (public contracts and supplier experiences)
 * ending within the window, each with other councils' contracts in the same
 * CPV division or with the same supplier ending within a year, the groups
 * that match and the Procurement Act timing. The API uses only the contracts
 * the reader may know of, so other councils see fewer experiences.
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
    <>
      <section aria-labelledby="groups-for-you-heading" className="govuk-!-margin-top-8">
        <h2 className="govuk-heading-l" id="groups-for-you-heading">
          {own ? 'Groups for you' : `Groups for ${council.name}`}
        </h2>
        <p className="govuk-body">
          Procurement groups {own ? 'your council' : council.name} could join, because{' '}
          {own ? 'one of your' : 'one of its'} contracts in the same category ends soon. Contracts
          come from public notices and supplier experiences
          {own ? '' : ': you see only the experiences the council chose to be named on'}.
        </p>
        <RadarWindowForm span={span} errors={errors} onSubmit={submit} />
        {!error && !radar && <Loading label="Loading groups for this council" />}
        {radar && <RadarSuggestions radar={radar} own={own} />}
      </section>
      {radar && (
        <section aria-labelledby="contracts-ending-heading" className="govuk-!-margin-top-8">
          <h2 className="govuk-heading-l" id="contracts-ending-heading">
            {own ? 'Your contracts ending' : `${council.name}’s contracts ending`}
          </h2>
          <p className="govuk-body">
            Contracts ending in the same window, soonest first, each with other councils buying the
            same category or from the same supplier with contracts ending within a year of it.
          </p>
          <RadarEndings endings={radar.endings} own={own} />
        </section>
      )}
    </>
  );
}
