import {
  type CaseStudyDetailsFragment,
  type GraphQLRequestError,
  type Viewer,
} from '@lgx/web/data-access';
import { CoOwnership } from '@lgx/web/ui';

import { useCoAuthorship } from '../hooks/use-co-authorship';
import type { WorkflowOutcome } from './workflow-actions';

interface Props {
  study: Pick<
    CaseStudyDetailsFragment,
    | 'id'
    | 'title'
    | 'canEdit'
    | 'coAuthorCouncils'
    | 'coAuthorInvitations'
    | 'invitationToMyCouncil'
  >;
  viewer: Viewer | undefined;
  onDone: (outcome: WorkflowOutcome) => void;
  onError: (error: GraphQLRequestError) => void;
}

/**
 * Co-authorship by consent: the invited council's editors accept or decline
 * here; the authoring councils see whom they asked and can withdraw; a
 * co-author council can leave.
 */
export function CoAuthorship({ study, viewer, onDone, onError }: Props) {
  const actions = useCoAuthorship(study.id, viewer?.council?.name, onDone, onError);
  const ownCode = viewer?.council?.code;
  const isCoAuthor = study.coAuthorCouncils.some((council) => council.code === ownCode);
  return (
    <CoOwnership
      wording={{
        idPrefix: 'co-author',
        invitationHeading: (invitedBy, council) =>
          `${invitedBy} has asked ${council} to co-author this case study`,
        invitationBody: (council) =>
          `Until someone at ${council} accepts, it is not shown as ${council}’s and your editors cannot change it.`,
        invitationSubject: `co-author ${study.title}`,
        askedHeading: 'Councils asked to co-author',
        askedBody: 'A council is shown as a co-author only once one of its editors accepts.',
        leave: 'Stop being a co-author',
        leaveSubject: ` of ${study.title}`,
        askedItemClassName: 'lgx-invitation',
      }}
      invitation={study.invitationToMyCouncil}
      asked={study.coAuthorInvitations}
      canEdit={study.canEdit}
      canLeave={isCoAuthor && study.canEdit}
      busy={actions.busy}
      onRespond={actions.respond}
      onWithdraw={actions.withdraw}
      onLeave={actions.leave}
    />
  );
}
