import { GROUP_TRANSITIONS } from '@lgx/shared/domain';
import {
  AnswerGroupJoinRequestDocument,
  type GroupStage,
  InviteCouncilToGroupDocument,
  MoveProcurementGroupStageDocument,
  type ProcurementGroupQuery,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { Link } from 'react-router';

import { useActionErrors } from '../hooks/use-action-errors';
import { useGroupsChanged } from '../hooks/use-groups-changed';
import { stageMoveProblems } from '../model/stage-move-rules';
import { InviteCouncilForm } from './invite-council-form';
import { JoinRequests } from './join-requests';
import { MoveStageForm, type StageMove } from './move-stage-form';

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

  const onMove = ({ to, note, reason }: StageMove) => {
    // The API stops at its first problem: every one the form can see is named at once.
    const problems = stageMoveProblems({ to, note, reason });
    if (problems.length > 0) {
      const message = problems.map((problem) => problem.message).join('. ');
      stageErrors.fail({
        message,
        fields: problems.map((p) => ({ field: p.field!, message: p.message })),
      });
      return;
    }
    move.mutate(
      { input: { groupId: group.id, to: to as GroupStage, note, reason } },
      { onError: stageErrors.fail },
    );
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
        <MoveStageForm
          next={next}
          errors={stageErrors.errors}
          busy={move.isPending}
          onMove={onMove}
        />
      )}
      <InviteCouncilForm
        errors={inviteErrors.errors}
        busy={invite.isPending}
        onInvite={(councilCode) =>
          invite.mutate({ id: group.id, councilCode }, { onError: inviteErrors.fail })
        }
      />
      <JoinRequests
        councils={requests.map((request) => request.council)}
        busy={answer.isPending}
        onAnswer={(councilCode, accept) =>
          answer.mutate({ id: group.id, councilCode, accept }, { onError: inviteErrors.fail })
        }
      />
    </section>
  );
}
