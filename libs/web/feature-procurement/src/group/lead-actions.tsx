import { GROUP_STAGES, GROUP_TRANSITIONS } from '@lgx/shared/domain';
import {
  AnswerGroupJoinRequestDocument,
  type GroupStage,
  InviteCouncilToGroupDocument,
  MoveProcurementGroupStageDocument,
  type ProcurementGroupQuery,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, Radios, Textarea, TextInput } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link } from 'react-router';

import { useGroupsChanged } from '../use-groups-changed';
import { useActionErrors } from './use-action';

type Group = ProcurementGroupQuery['procurementGroup'];

const STAGE_FIELD_IDS = { to: 'next-stage', note: 'stage-note', reason: 'stage-reason' };
const INVITE_FIELD_IDS = { councilCode: 'invite-council' };

/** For the lead council's editors: edit the details, move the stage, invite councils, answer requests. */
export function LeadActions({
  group,
  onDone,
}: {
  group: Group;
  onDone: (message: string) => void;
}) {
  const changed = useGroupsChanged();
  const stageErrors = useActionErrors(STAGE_FIELD_IDS);
  const inviteErrors = useActionErrors(INVITE_FIELD_IDS);
  const after = (clear: () => void, message: string) => async () => {
    clear();
    await changed();
    onDone(message);
  };
  const move = useGraphQLMutation(MoveProcurementGroupStageDocument, {
    onSuccess: after(stageErrors.clear, 'The stage has changed. Members have been told by email.'),
  });
  const invite = useGraphQLMutation(InviteCouncilToGroupDocument, {
    onSuccess: after(inviteErrors.clear, 'The council has been invited.'),
  });
  const answer = useGraphQLMutation(AnswerGroupJoinRequestDocument, {
    onSuccess: after(inviteErrors.clear, 'Your answer is saved.'),
  });
  const next = GROUP_TRANSITIONS[group.stage];
  const requests = group.members.filter((m) => m.status === 'REQUESTED');

  const submitMove = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const to = String(form.get('to') ?? '');
    if (!to) {
      const message = 'Choose the stage to move to';
      stageErrors.fail({ message, fields: [{ field: 'to', message }] });
      return;
    }
    move.mutate(
      {
        input: {
          groupId: group.id,
          to: to as GroupStage,
          note: String(form.get('note') ?? '') || null,
          reason: String(form.get('reason') ?? '') || null,
        },
      },
      { onError: stageErrors.fail },
    );
  };
  const submitInvite = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('councilCode') ?? '');
    invite.mutate({ id: group.id, councilCode: code }, { onError: inviteErrors.fail });
  };

  return (
    <section aria-labelledby="lead-heading">
      <h2 className="govuk-heading-m" id="lead-heading">
        Lead the group
      </h2>
      {group.viewer.canEdit && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/procurement-groups/${group.id}/edit`}>
            Edit group details
          </Link>
        </p>
      )}
      {next.length > 0 && (
        <form onSubmit={submitMove} noValidate aria-label="Move the stage">
          <ErrorSummary errors={stageErrors.errors.summary} />
          <Radios
            id="next-stage"
            name="to"
            legend="Move the group to"
            error={stageErrors.errors.byField['next-stage']}
            items={next.map((stage) => ({ value: stage, label: GROUP_STAGES[stage] }))}
          />
          <Textarea
            id="stage-note"
            name="note"
            label="Note for the history (optional)"
            rows={2}
            error={stageErrors.errors.byField['stage-note']}
          />
          <Textarea
            id="stage-reason"
            name="reason"
            label="Reason (needed to close or abandon)"
            rows={2}
            error={stageErrors.errors.byField['stage-reason']}
          />
          <Button busy={move.isPending}>Move the stage</Button>
        </form>
      )}
      <form onSubmit={submitInvite} noValidate aria-label="Invite a council">
        <ErrorSummary errors={inviteErrors.errors.summary} />
        <TextInput
          id="invite-council"
          name="councilCode"
          label="Invite a council"
          hint="Its register code, for example NGM for Nottingham"
          className="govuk-input--width-5"
          error={inviteErrors.errors.byField['invite-council']}
        />
        <Button variant="secondary" busy={invite.isPending}>
          Invite
        </Button>
      </form>
      {requests.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Requests to join</h3>
          <ul className="govuk-list">
            {requests.map((request) => (
              <li key={request.council.code}>
                {request.council.name}{' '}
                <Button
                  type="button"
                  className="govuk-!-margin-bottom-0"
                  busy={answer.isPending}
                  onClick={() =>
                    answer.mutate(
                      { id: group.id, councilCode: request.council.code, accept: true },
                      { onError: inviteErrors.fail },
                    )
                  }
                >
                  Accept<span className="govuk-visually-hidden"> {request.council.name}</span>
                </Button>{' '}
                <Button
                  type="button"
                  variant="secondary"
                  className="govuk-!-margin-bottom-0"
                  busy={answer.isPending}
                  onClick={() =>
                    answer.mutate(
                      { id: group.id, councilCode: request.council.code, accept: false },
                      { onError: inviteErrors.fail },
                    )
                  }
                >
                  Decline<span className="govuk-visually-hidden"> {request.council.name}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
