import { type ComponentQuery, type GraphQLRequestError, useViewer } from '@lgx/web/data-access';
import { CoOwnership } from '@lgx/web/ui';

import { useCoMaintainership } from '../hooks/use-co-maintainership';

type Component = NonNullable<ComponentQuery['component']>;

/**
 * Co-maintenance by consent: the invited council's editors accept or decline
 * here; maintainers see whom they asked and can withdraw; a maintaining
 * council can leave while another remains.
 */
export function CoMaintainership({
  component,
  onDone,
  onError,
}: {
  component: Component;
  onDone: (message: string) => void;
  onError: (error: GraphQLRequestError) => void;
}) {
  const viewer = useViewer().data?.viewer;
  const actions = useCoMaintainership(component.id, viewer?.council?.name, onDone, onError);
  const maintains = component.maintainingCouncils.some(
    (council) => council.code === viewer?.council?.code,
  );
  return (
    <CoOwnership
      wording={{
        idPrefix: 'co-maintainer',
        invitationHeading: (invitedBy, council) =>
          `${invitedBy} has asked ${council} to maintain this component`,
        invitationBody: (council) =>
          `Until someone at ${council} accepts, it is not shown as maintained by ${council} and your editors cannot change it.`,
        invitationSubject: `maintain ${component.name}`,
        askedHeading: 'Councils asked to maintain it',
        askedBody: 'A council is shown as a maintainer only once one of its editors accepts.',
        leave: 'Stop maintaining',
        leaveSubject: ` ${component.name}`,
      }}
      invitation={component.invitationToMyCouncil}
      asked={component.coMaintainerInvitations}
      canEdit={component.canEdit}
      canLeave={maintains && component.canEdit && component.maintainingCouncils.length > 1}
      busy={actions.busy}
      onRespond={actions.respond}
      onWithdraw={actions.withdraw}
      onLeave={actions.leave}
    />
  );
}
