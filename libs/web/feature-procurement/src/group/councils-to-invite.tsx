import { INVITE_WINDOW, inviteWindowProblems } from '@lgx/shared/domain';
import {
  InviteCouncilToGroupDocument,
  ProcurementGroupSuggestedCouncilsDocument,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  type FormErrors,
  Loading,
  NO_FORM_ERRORS,
  problemsFromError,
  Table,
  TextInput,
  toFormErrors,
} from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';

import { useGroupsChanged } from '../use-groups-changed';
import { MEMBER_STATUS_LABELS } from './members-table';
import { useActionErrors } from './use-action';

const FIELD_IDS = { monthsEitherSide: 'invite-window' };
const day = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

/**
 * For the lead council's editors: councils whose contracts in the group's
 * category end near its desired start (from the renewal radar), each with an
 * invite button. Only contracts the lead may know of are shown.
 */
export function CouncilsToInvite({
  groupId,
  onDone,
}: {
  groupId: string;
  onDone: (message: string) => void;
}) {
  const [months, setMonths] = useState<number>(INVITE_WINDOW.defaultMonths);
  const [formErrors, setFormErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const inviteErrors = useActionErrors();
  const changed = useGroupsChanged();
  const { data, error } = useGraphQLQuery(ProcurementGroupSuggestedCouncilsDocument, {
    id: groupId,
    monthsEitherSide: months,
  });
  const invite = useGraphQLMutation(InviteCouncilToGroupDocument, {
    onSuccess: async () => {
      inviteErrors.clear();
      await changed();
      onDone('The council has been invited.');
    },
  });
  const result = data?.suggestedCouncilsForGroup;
  const errors = formErrors.hasErrors
    ? formErrors
    : error
      ? toFormErrors(problemsFromError(error), FIELD_IDS)
      : NO_FORM_ERRORS;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('monthsEitherSide') ?? '').trim();
    const next = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
    const problems = inviteWindowProblems(next);
    if (problems.length > 0) {
      setFormErrors(toFormErrors(problems, FIELD_IDS));
      return;
    }
    setFormErrors(NO_FORM_ERRORS);
    setMonths(next);
  };

  return (
    <section aria-labelledby="councils-to-invite-heading">
      <h2 className="govuk-heading-m" id="councils-to-invite-heading">
        Councils to invite
      </h2>
      <p className="govuk-body">
        Councils whose contracts in this category end near the desired start, from supplier
        experiences they chose to be named on.
      </p>
      <form onSubmit={submit} noValidate aria-label="Contracts ending near the start">
        <ErrorSummary errors={errors.summary} />
        <TextInput
          id="invite-window"
          name="monthsEitherSide"
          label="Months either side of the desired start"
          hint={`A whole number from ${INVITE_WINDOW.minMonths} to ${INVITE_WINDOW.maxMonths}`}
          inputMode="numeric"
          className="govuk-input--width-3"
          defaultValue={String(months)}
          error={errors.byField['invite-window']}
        />
        <Button variant="secondary">Show councils</Button>
      </form>
      <ErrorSummary errors={inviteErrors.errors.summary} />
      {!error && !result && <Loading label="Loading councils to invite" />}
      {result && result.suggestions.length === 0 && (
        <p className="govuk-body">
          No other council has a contract in this category ending between {day(result.endsFrom)} and{' '}
          {day(result.endsTo)} that you can see.
        </p>
      )}
      {result && result.suggestions.length > 0 && (
        <Table
          caption={`Contracts ending between ${day(result.endsFrom)} and ${day(result.endsTo)}`}
          columns={[{ label: 'Council' }, { label: 'Contracts ending' }, { label: 'Invitation' }]}
          rows={result.suggestions.map(({ council, contracts, status }) => ({
            key: council.code,
            cells: [
              <Link className="govuk-link" to={`/councils/${council.code}`}>
                {council.name}
              </Link>,
              <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
                {contracts.map((contract) => (
                  <li key={`${contract.supplierName}-${contract.endsOn}-${contract.category.code}`}>
                    {contract.category.label} from {contract.supplierName}, ends{' '}
                    {day(contract.endsOn)}
                  </li>
                ))}
              </ul>,
              status === 'INVITED' || status === 'REQUESTED' ? (
                MEMBER_STATUS_LABELS[status]
              ) : (
                <Button
                  type="button"
                  variant="secondary"
                  className="govuk-!-margin-bottom-0"
                  busy={invite.isPending}
                  onClick={() =>
                    invite.mutate(
                      { id: groupId, councilCode: council.code },
                      { onError: inviteErrors.fail },
                    )
                  }
                >
                  Invite<span className="govuk-visually-hidden"> {council.name}</span>
                </Button>
              ),
            ],
          }))}
        />
      )}
    </section>
  );
}
