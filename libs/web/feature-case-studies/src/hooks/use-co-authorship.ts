import {
  type GraphQLRequestError,
  LeaveCaseStudyDocument,
  RespondToCoAuthorInvitationDocument,
  StaleAfter,
  useGraphQLMutation,
  useInvalidateQueries,
  WithdrawCoAuthorInvitationDocument,
} from '@lgx/web/data-access';

import type { WorkflowOutcome } from '../components/workflow-actions';

/** The three answers a council can give to co-authoring one case study. */
export function useCoAuthorship(
  caseStudyId: string,
  ownCouncil: string | undefined,
  onDone: (outcome: WorkflowOutcome) => void,
  onError: (error: GraphQLRequestError) => void,
) {
  const invalidate = useInvalidateQueries();
  const refresh = () => invalidate(StaleAfter.coAuthorshipChange);
  const own = ownCouncil ?? 'Your council';
  const respond = useGraphQLMutation(RespondToCoAuthorInvitationDocument, {
    onSuccess: async (_data, { accept }) => {
      await refresh();
      onDone(
        accept
          ? {
              heading: `${own} is now a co-author of this case study`,
              body: 'It is shown on your council’s page, and your editors can change it.',
            }
          : {
              heading: 'You declined the invitation',
              body: `${own} is not shown as a co-author. The council that asked can see that you declined.`,
            },
      );
    },
  });
  const withdraw = useGraphQLMutation(WithdrawCoAuthorInvitationDocument, {
    onSuccess: async () => {
      await refresh();
      onDone({
        heading: 'The invitation has been withdrawn',
        body: 'That council can no longer accept it.',
      });
    },
  });
  const leave = useGraphQLMutation(LeaveCaseStudyDocument, {
    onSuccess: async () => {
      await refresh();
      onDone({
        heading: `${own} is no longer a co-author`,
        body: 'It is no longer shown on your council’s page, and your editors cannot change it.',
      });
    },
  });
  return {
    busy: respond.isPending || withdraw.isPending || leave.isPending,
    respond: (accept: boolean) => respond.mutate({ caseStudyId, accept }, { onError }),
    withdraw: (councilCode: string) => withdraw.mutate({ caseStudyId, councilCode }, { onError }),
    leave: () => leave.mutate({ caseStudyId }, { onError }),
  };
}
