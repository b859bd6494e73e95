import { ErrorSummary, Loading, NotificationBanner } from '@lgx/web/ui';

import { useCouncilInvitations } from '../hooks/use-council-invitations';
import { InvitationItem } from './invitation-item';

/**
 * For the council's editors and admins: invitations to co-author case
 * studies and maintain components, each to accept or decline. Nothing is
 * shown as the council's own until it accepts.
 */
export function CouncilInvitations({ council }: { council: { code: string; name: string } }) {
  const { mayAnswer, data, error, invitations, busy, answer, answered, failure } =
    useCouncilInvitations(council);
  if (!mayAnswer) return null;

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
              <InvitationItem
                key={`${invitation.kind}-${invitation.id}`}
                invitation={invitation}
                council={council}
                busy={busy}
                onAnswer={answer}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
