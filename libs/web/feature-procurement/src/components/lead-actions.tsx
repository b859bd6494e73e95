import { GROUP_TRANSITIONS } from '@lgx/shared/domain';
import {
  AnswerGroupJoinRequestDocument,
  InviteCouncilToGroupDocument,
  type ProcurementGroupQuery,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { Link } from 'react-router';

import { useActionErrors } from '../hooks/use-action-errors';
import { useGroupsChanged } from '../hooks/use-groups-changed';
import { useStageMove } from '../hooks/use-stage-move';
import { InviteCouncilForm } from './invite-council-form';
import { JoinRequests } from './join-requests';
import { MoveStageForm } from './move-stage-form';

type Group = ProcurementGroupQuery['procurementGroup'];

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
  const inviteErrors = useActionErrors(INVITE_FIELD_IDS);
  const after = (clear: () => void, message: string) => async () => {
    clear();
    await changed();
    onDone(message);
  };
  const stage = useStageMove(group.id, (clear) =>
    after(clear, 'The stage has changed. Members have been told by email.')(),
  );
  const invite = useGraphQLMutation(InviteCouncilToGroupDocument, {
    onSuccess: after(inviteErrors.clear, 'The council has been invited.'),
  });
  const answer = useGraphQLMutation(AnswerGroupJoinRequestDocument, {
    onSuccess: after(inviteErrors.clear, 'Your answer is saved.'),
  });
  const next = GROUP_TRANSITIONS[group.stage];
  const requests = group.members.filter((m) => m.status === 'REQUESTED');

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
        <MoveStageForm next={next} errors={stage.errors} busy={stage.busy} onMove={stage.onMove} />
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
