import {
  AnswerCoAuthorInvitationDocument,
  AnswerCoMaintainerInvitationDocument,
  CouncilInvitationsDocument,
  type CouncilInvitationsQuery,
  isEditorOf,
  StaleAfter,
  useGraphQLMutation,
  useGraphQLQuery,
  useInvalidateQueries,
  useViewer,
} from '@lgx/web/data-access';
import { useState } from 'react';

/** An invitation to share a case study or a component, in one shape for both. */
export interface Invitation {
  kind: 'case study' | 'component';
  id: string;
  title: string;
  summary: string;
  published: boolean;
  href: string;
  invitedBy: { code: string; name: string };
  invitedAt: string;
}

function invitationsIn(data: CouncilInvitationsQuery | undefined): Invitation[] {
  return [
    ...(data?.coAuthorInvitationsToMyCouncil ?? []).map((invitation) => ({
      kind: 'case study' as const,
      id: invitation.caseStudyId,
      title: invitation.caseStudyTitle,
      summary: invitation.caseStudySummary,
      published: invitation.caseStudyStatus === 'PUBLISHED',
      href: `/case-studies/${invitation.caseStudyId}`,
      invitedBy: invitation.invitedBy,
      invitedAt: String(invitation.invitedAt),
    })),
    ...(data?.coMaintainerInvitationsToMyCouncil ?? []).map((invitation) => ({
      kind: 'component' as const,
      id: invitation.componentId,
      title: invitation.componentName,
      summary: invitation.componentSummary,
      published: invitation.componentStatus === 'PUBLISHED',
      href: `/components/${invitation.componentId}`,
      invitedBy: invitation.invitedBy,
      invitedAt: String(invitation.invitedAt),
    })),
  ];
}

/**
 * The invitations to the council, for its editors, and answering them: what
 * was last answered, or why the answer failed.
 */
export function useCouncilInvitations(council: { code: string; name: string }) {
  const viewer = useViewer().data?.viewer;
  const mayAnswer = isEditorOf(viewer, council.code);
  const { data, error } = useGraphQLQuery(CouncilInvitationsDocument, {}, { enabled: mayAnswer });
  const invalidate = useInvalidateQueries();
  const [answered, setAnswered] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const refresh = () => invalidate(StaleAfter.invitationAnswered);
  const answerCaseStudy = useGraphQLMutation(AnswerCoAuthorInvitationDocument, {
    onSuccess: refresh,
  });
  const answerComponent = useGraphQLMutation(AnswerCoMaintainerInvitationDocument, {
    onSuccess: refresh,
  });

  const answer = (invitation: Invitation, accept: boolean) => {
    setFailure(undefined);
    setAnswered(undefined);
    const done = {
      onSuccess: () =>
        setAnswered(
          accept
            ? `${council.name} is now ${invitation.kind === 'case study' ? 'a co-author of' : 'a maintainer of'} “${invitation.title}”.`
            : `You declined the invitation to ${invitation.kind === 'case study' ? 'co-author' : 'maintain'} “${invitation.title}”.`,
        ),
      onError: (error: Error) => setFailure(error.message),
    };
    if (invitation.kind === 'case study')
      answerCaseStudy.mutate({ caseStudyId: invitation.id, accept }, done);
    else answerComponent.mutate({ componentId: invitation.id, accept }, done);
  };

  return {
    mayAnswer,
    data,
    error,
    invitations: invitationsIn(data),
    busy: answerCaseStudy.isPending || answerComponent.isPending,
    answer,
    answered,
    failure,
  };
}
