import {
  AnswerCoAuthorInvitationDocument,
  AnswerCoMaintainerInvitationDocument,
  CouncilInvitationsDocument,
  isEditorOf,
  StaleAfter,
  useGraphQLMutation,
  useGraphQLQuery,
  useInvalidateQueries,
  useViewer,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, Loading, NotificationBanner } from '@lgx/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';

import { formatDay } from './labels';

interface Invitation {
  kind: 'case study' | 'component';
  id: string;
  title: string;
  summary: string;
  published: boolean;
  href: string;
  invitedBy: { code: string; name: string };
  invitedAt: string;
}

/**
 * For the council's editors and admins: invitations to co-author case
 * studies and maintain components, each to accept or decline. Nothing is
 * shown as the council's own until it accepts.
 */
export function CouncilInvitations({ council }: { council: { code: string; name: string } }) {
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
  if (!mayAnswer) return null;

  const invitations: Invitation[] = [
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
  const busy = answerCaseStudy.isPending || answerComponent.isPending;
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

  return (
    <section
      aria-labelledby="invitations-heading"
      className="govuk-!-margin-top-8"
      id="invitations"
    >
      <h2 className="govuk-heading-l" id="invitations-heading">
        Invitations to {council.name}
      </h2>
      {answered && <NotificationBanner success heading={answered} />}
      {failure && <ErrorSummary errors={[{ message: failure }]} />}
      {error && (
        <ErrorSummary
          title="Invitations could not be loaded"
          errors={[{ message: error.message }]}
        />
      )}
      {!error && !data && <Loading label="Loading invitations" />}
      {data && invitations.length === 0 && (
        <p className="govuk-body">
          No council has asked {council.name} to co-author a case study or maintain a component.
        </p>
      )}
      {invitations.length > 0 && (
        <>
          <p className="govuk-body">
            Other councils have named {council.name}. Nothing is shown as {council.name}’s, and your
            editors cannot change it, until you accept.
          </p>
          <ul className="govuk-list">
            {invitations.map((invitation) => (
              <li key={`${invitation.kind}-${invitation.id}`} className="govuk-!-margin-bottom-6">
                <h3 className="govuk-heading-m govuk-!-margin-bottom-2">
                  {invitation.published ? (
                    <Link className="govuk-link" to={invitation.href}>
                      {invitation.title}
                    </Link>
                  ) : (
                    invitation.title
                  )}
                </h3>
                <p className="govuk-body-s">
                  {invitation.invitedBy.name} asks {council.name} to{' '}
                  {invitation.kind === 'case study'
                    ? 'co-author this case study'
                    : 'maintain this component'}{' '}
                  on {formatDay(invitation.invitedAt)}.
                  {invitation.published ? '' : ' It is a draft, so only its authors can open it.'}
                </p>
                <p className="govuk-body">{invitation.summary}</p>
                <div className="govuk-button-group">
                  <Button type="button" busy={busy} onClick={() => answer(invitation, true)}>
                    Accept<span className="govuk-visually-hidden"> {invitation.title}</span>
                  </Button>
                  <Button
                    type="button"
                    variant="secondary"
                    busy={busy}
                    onClick={() => answer(invitation, false)}
                  >
                    Decline<span className="govuk-visually-hidden"> {invitation.title}</span>
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
