import {
  type CaseStudyDetailsFragment,
  type GraphQLRequestError,
  LeaveCaseStudyDocument,
  RespondToCoAuthorInvitationDocument,
  StaleAfter,
  useGraphQLMutation,
  useInvalidateQueries,
  type Viewer,
  WithdrawCoAuthorInvitationDocument,
} from '@lgx/web/data-access';
import { Button, Tag } from '@lgx/web/ui';

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
  const invalidate = useInvalidateQueries();
  const refresh = () => invalidate(StaleAfter.coAuthorshipChange);
  const respond = useGraphQLMutation(RespondToCoAuthorInvitationDocument, {
    onSuccess: async (_data, { accept }) => {
      await refresh();
      const own = viewer?.council?.name ?? 'Your council';
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
        heading: `${viewer?.council?.name ?? 'Your council'} is no longer a co-author`,
        body: 'It is no longer shown on your council’s page, and your editors cannot change it.',
      });
    },
  });
  const busy = respond.isPending || withdraw.isPending || leave.isPending;
  const invitation = study.invitationToMyCouncil;
  const ownCode = viewer?.council?.code;
  const isCoAuthor = study.coAuthorCouncils.some((council) => council.code === ownCode);

  return (
    <>
      {invitation && (
        <section
          className="govuk-inset-text lgx-no-print"
          aria-labelledby="co-author-invitation-heading"
        >
          <h2 className="govuk-heading-m" id="co-author-invitation-heading">
            {invitation.invitedBy.name} has asked {invitation.council.name} to co-author this case
            study
          </h2>
          <p className="govuk-body">
            Until someone at {invitation.council.name} accepts, it is not shown as{' '}
            {invitation.council.name}’s and your editors cannot change it.
          </p>
          <div className="govuk-button-group">
            <Button
              type="button"
              busy={busy}
              onClick={() => respond.mutate({ caseStudyId: study.id, accept: true }, { onError })}
            >
              Accept
              <span className="govuk-visually-hidden">
                {' '}
                the invitation to co-author {study.title}
              </span>
            </Button>
            <Button
              type="button"
              variant="secondary"
              busy={busy}
              onClick={() => respond.mutate({ caseStudyId: study.id, accept: false }, { onError })}
            >
              Decline
              <span className="govuk-visually-hidden">
                {' '}
                the invitation to co-author {study.title}
              </span>
            </Button>
          </div>
        </section>
      )}
      {study.coAuthorInvitations.length > 0 && (
        <section className="lgx-no-print" aria-labelledby="co-authors-asked-heading">
          <h2 className="govuk-heading-m" id="co-authors-asked-heading">
            Councils asked to co-author
          </h2>
          <p className="govuk-body">
            A council is shown as a co-author only once one of its editors accepts.
          </p>
          <ul className="govuk-list">
            {study.coAuthorInvitations.map((asked) => (
              <li key={asked.council.code} className="lgx-invitation">
                {asked.council.name}{' '}
                {asked.status === 'PENDING' ? (
                  <Tag colour="yellow">Waiting for them to confirm</Tag>
                ) : (
                  <Tag colour="red">Declined</Tag>
                )}
                {study.canEdit && (
                  <Button
                    type="button"
                    variant="secondary"
                    className="govuk-!-margin-bottom-0 govuk-!-margin-left-2"
                    busy={busy}
                    onClick={() =>
                      withdraw.mutate(
                        { caseStudyId: study.id, councilCode: asked.council.code },
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
      {isCoAuthor && study.canEdit && (
        <p className="govuk-body lgx-no-print">
          <Button
            type="button"
            variant="warning"
            busy={busy}
            onClick={() => leave.mutate({ caseStudyId: study.id }, { onError })}
          >
            Stop being a co-author
            <span className="govuk-visually-hidden"> of {study.title}</span>
          </Button>
        </p>
      )}
    </>
  );
}
