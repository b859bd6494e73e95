import {
  type ComponentQuery,
  type GraphQLRequestError,
  LeaveComponentDocument,
  RespondToCoMaintainerInvitationDocument,
  useGraphQLMutation,
  useViewer,
  WithdrawCoMaintainerInvitationDocument,
} from '@lgx/web/data-access';
import { Button, Tag } from '@lgx/web/ui';

import { useComponentChanged } from '../session/use-component-changed';

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
  const changed = useComponentChanged();
  const own = viewer?.council?.name ?? 'Your council';
  const respond = useGraphQLMutation(RespondToCoMaintainerInvitationDocument, {
    onSuccess: async (_data, { accept }) => {
      await changed();
      onDone(
        accept
          ? `${own} now maintains this component: it is shown on your council’s page, and your editors can change it.`
          : `You declined: ${own} is not shown as a maintainer. The council that asked can see that you declined.`,
      );
    },
  });
  const withdraw = useGraphQLMutation(WithdrawCoMaintainerInvitationDocument, {
    onSuccess: async () => {
      await changed();
      onDone('The invitation has been withdrawn: that council can no longer accept it.');
    },
  });
  const leave = useGraphQLMutation(LeaveComponentDocument, {
    onSuccess: async () => {
      await changed();
      onDone(`${own} no longer maintains this component.`);
    },
  });
  const busy = respond.isPending || withdraw.isPending || leave.isPending;
  const invitation = component.invitationToMyCouncil;
  const maintains = component.maintainingCouncils.some(
    (council) => council.code === viewer?.council?.code,
  );

  return (
    <>
      {invitation && (
        <section
          className="govuk-inset-text lgx-no-print"
          aria-labelledby="co-maintainer-invitation-heading"
        >
          <h2 className="govuk-heading-m" id="co-maintainer-invitation-heading">
            {invitation.invitedBy.name} has asked {invitation.council.name} to maintain this
            component
          </h2>
          <p className="govuk-body">
            Until someone at {invitation.council.name} accepts, it is not shown as maintained by{' '}
            {invitation.council.name} and your editors cannot change it.
          </p>
          <div className="govuk-button-group">
            <Button
              type="button"
              busy={busy}
              onClick={() =>
                respond.mutate({ componentId: component.id, accept: true }, { onError })
              }
            >
              Accept
              <span className="govuk-visually-hidden">
                {' '}
                the invitation to maintain {component.name}
              </span>
            </Button>
            <Button
              type="button"
              variant="secondary"
              busy={busy}
              onClick={() =>
                respond.mutate({ componentId: component.id, accept: false }, { onError })
              }
            >
              Decline
              <span className="govuk-visually-hidden">
                {' '}
                the invitation to maintain {component.name}
              </span>
            </Button>
          </div>
        </section>
      )}
      {component.coMaintainerInvitations.length > 0 && (
        <section className="lgx-no-print" aria-labelledby="co-maintainers-asked-heading">
          <h2 className="govuk-heading-m" id="co-maintainers-asked-heading">
            Councils asked to maintain it
          </h2>
          <p className="govuk-body">
            A council is shown as a maintainer only once one of its editors accepts.
          </p>
          <ul className="govuk-list">
            {component.coMaintainerInvitations.map((asked) => (
              <li key={asked.council.code}>
                {asked.council.name}{' '}
                {asked.status === 'PENDING' ? (
                  <Tag colour="yellow">Waiting for them to confirm</Tag>
                ) : (
                  <Tag colour="red">Declined</Tag>
                )}
                {component.canEdit && (
                  <Button
                    type="button"
                    variant="secondary"
                    className="govuk-!-margin-bottom-0 govuk-!-margin-left-2"
                    busy={busy}
                    onClick={() =>
                      withdraw.mutate(
                        { componentId: component.id, councilCode: asked.council.code },
                        { onError },
                      )
                    }
                  >
                    {asked.status === 'PENDING' ? 'Withdraw invitation' : 'Remove'}
                    <span className="govuk-visually-hidden"> to {asked.council.name}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {maintains && component.canEdit && component.maintainingCouncils.length > 1 && (
        <p className="govuk-body lgx-no-print">
          <Button
            type="button"
            variant="warning"
            busy={busy}
            onClick={() => leave.mutate({ componentId: component.id }, { onError })}
          >
            Stop maintaining<span className="govuk-visually-hidden"> {component.name}</span>
          </Button>
        </p>
      )}
    </>
  );
}
