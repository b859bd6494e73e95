import { RADAR_WINDOW, radarWindowProblems } from '@lgx/shared/domain';
import {
  CouncilRenewalRadarDocument,
  isOfficer,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  type FormErrors,
  Loading,
  NO_FORM_ERRORS,
  problemsFromError,
  Tag,
  TextInput,
  toFormErrors,
} from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';

import { formatDay } from './labels';

const FIELD_IDS = { fromMonths: 'radar-from', toMonths: 'radar-to' };
const wholeNumber = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  return /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
};

/**
 * For verified officers: the renewal radar. Procurement groups the council
 * could join because one of its contracts (from supplier experiences) in the
 * same CPV division ends within the window. The API uses only the contracts
 * the reader may know of, so other councils see fewer matches.
 */
export function CouncilGroupsForYou({ council }: { council: { code: string; name: string } }) {
  const viewer = useViewer().data?.viewer;
  const officer = isOfficer(viewer);
  const [span, setSpan] = useState<{ fromMonths: number; toMonths: number }>({
    fromMonths: RADAR_WINDOW.minMonths,
    toMonths: RADAR_WINDOW.maxMonths,
  });
  const [formErrors, setFormErrors] = useState<FormErrors>(NO_FORM_ERRORS);
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
      ? toFormErrors(problemsFromError(error), FIELD_IDS)
      : NO_FORM_ERRORS;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = {
      fromMonths: wholeNumber(form.get('fromMonths')),
      toMonths: wholeNumber(form.get('toMonths')),
    };
    const problems = radarWindowProblems(next.fromMonths, next.toMonths);
    if (problems.length > 0) {
      setFormErrors(toFormErrors(problems, FIELD_IDS));
      return;
    }
    setFormErrors(NO_FORM_ERRORS);
    setSpan(next);
  };

  return (
    <section aria-labelledby="groups-for-you-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="groups-for-you-heading">
        {own ? 'Groups for you' : `Groups for ${council.name}`}
      </h2>
      <p className="govuk-body">
        Procurement groups {own ? 'your council' : council.name} could join, because{' '}
        {own ? 'one of your' : 'one of its'} contracts in the same category ends soon. Contracts
        come from supplier experiences
        {own ? '' : ': you see only those the council chose to be named on'}.
      </p>
      <form onSubmit={submit} noValidate aria-label="Contracts ending">
        <ErrorSummary errors={errors.summary} />
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Contracts ending between
          </legend>
          <div className="govuk-hint">
            In whole months from today, from {RADAR_WINDOW.minMonths} to {RADAR_WINDOW.maxMonths}.
          </div>
          <TextInput
            id="radar-from"
            name="fromMonths"
            label="From (months)"
            inputMode="numeric"
            className="govuk-input--width-3"
            defaultValue={String(span.fromMonths)}
            error={errors.byField['radar-from']}
          />
          <TextInput
            id="radar-to"
            name="toMonths"
            label="To (months)"
            inputMode="numeric"
            className="govuk-input--width-3"
            defaultValue={String(span.toMonths)}
            error={errors.byField['radar-to']}
          />
        </fieldset>
        <Button variant="secondary">Show groups</Button>
      </form>
      {!error && !radar && <Loading label="Loading groups for this council" />}
      {radar && (
        <>
          <p className="govuk-body" aria-live="polite">
            Contracts ending from {formatDay(radar.endsFrom)} to {formatDay(radar.endsTo)}:{' '}
            {radar.suggestions.length === 1
              ? '1 group'
              : `${radar.suggestions.length === 0 ? 'no' : radar.suggestions.length} groups`}
            .
          </p>
          {radar.suggestions.length === 0 ? (
            <p className="govuk-body">
              No open procurement group matches {own ? 'your' : 'these'} contracts yet.{' '}
              <Link className="govuk-link" to="/procurement-groups">
                Browse procurement groups
              </Link>{' '}
              or{' '}
              <Link className="govuk-link" to="/procurement-groups/new">
                start one
              </Link>
              .
            </p>
          ) : (
            <ul className="govuk-list">
              {radar.suggestions.map(({ group, contracts, councilStatus }) => (
                <li key={group.id} className="govuk-!-margin-bottom-6">
                  <Link
                    className="govuk-link govuk-!-font-weight-bold"
                    to={`/procurement-groups/${group.id}`}
                  >
                    {group.title}
                  </Link>{' '}
                  {councilStatus === 'INVITED' && <Tag colour="green">Invited</Tag>}
                  {councilStatus === 'REQUESTED' && <Tag colour="grey">Asked to join</Tag>}
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    Led by {group.leadCouncil.name}; {group.stageLabel.toLowerCase()}
                    {group.interestClosesOn &&
                      `; interest closes ${formatDay(group.interestClosesOn)}`}
                    .
                  </p>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">Matching contracts:</p>
                  <ul className="govuk-list govuk-list--bullet govuk-body-s">
                    {contracts.map((contract) => (
                      <li
                        key={`${contract.supplierName}-${contract.endsOn}-${contract.category.code}`}
                      >
                        {contract.category.label} from {contract.supplierName}, ends{' '}
                        {formatDay(contract.endsOn)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
