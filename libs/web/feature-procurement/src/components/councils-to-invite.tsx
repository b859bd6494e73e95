import { INVITE_WINDOW, inviteWindowProblems } from '@lgx/shared/domain';
import {
  InviteCouncilToGroupDocument,
  ProcurementGroupSuggestedCouncilsDocument,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import {
  ErrorSummary,
  type FormErrors,
  Loading,
  NO_FORM_ERRORS,
  problemsFromError,
  toFormErrors,
} from '@lgx/web/ui';
import { useState } from 'react';

import { useActionErrors } from '../hooks/use-action-errors';
import { useGroupsChanged } from '../hooks/use-groups-changed';
import { InviteWindowForm } from './invite-window-form';
import { SuggestedCouncilsTable } from './suggested-councils-table';

const FIELD_IDS = { monthsEitherSide: 'invite-window' };

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

  const onWindow = (typed: string) => {
    const text = typed.trim();
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
        Councils whose contracts in this category end near the desired start, from public contract
        notices and the supplier experiences they chose to be named on.
      </p>
      <InviteWindowForm months={months} errors={errors} onWindow={onWindow} />
      <ErrorSummary errors={inviteErrors.errors.summary} />
      {!error && !result && <Loading label="Loading councils to invite" />}
      {result && (
        <SuggestedCouncilsTable
          result={result}
          inviting={invite.isPending}
          onInvite={(councilCode) =>
            invite.mutate({ id: groupId, councilCode }, { onError: inviteErrors.fail })
          }
        />
      )}
    </section>
  );
}
