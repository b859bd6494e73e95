import {
  type GraphQLRequestError,
  LeaveComponentDocument,
  RespondToCoMaintainerInvitationDocument,
  useGraphQLMutation,
  WithdrawCoMaintainerInvitationDocument,
} from '@lgx/web/data-access';

import { useComponentChanged } from './use-component-changed';

/** The three answers a council can give to maintaining one component. */
export function useCoMaintainership(
  componentId: string,
  ownCouncil: string | undefined,
  onDone: (message: string) => void,
  onError: (error: GraphQLRequestError) => void,
) {
  const changed = useComponentChanged();
  const own = ownCouncil ?? 'Your council';
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
  return {
    busy: respond.isPending || withdraw.isPending || leave.isPending,
    respond: (accept: boolean) => respond.mutate({ componentId, accept }, { onError }),
    withdraw: (councilCode: string) => withdraw.mutate({ componentId, councilCode }, { onError }),
    leave: () => leave.mutate({ componentId }, { onError }),
  };
}
