import { Button } from '@lgx/web/ui';
import { Link } from 'react-router';

import type { Invitation } from '../hooks/use-council-invitations';
import { formatDay } from '../model/labels';

/** One invitation to the council: what, from whom and when, to accept or decline. */
export function InvitationItem({
  invitation,
  council,
  busy,
  onAnswer,
}: {
  invitation: Invitation;
  council: { name: string };
  busy: boolean;
  onAnswer: (invitation: Invitation, accept: boolean) => void;
}) {
  return (
    <li className="govuk-!-margin-bottom-6">
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
        {invitation.kind === 'case study' ? 'co-author this case study' : 'maintain this component'}{' '}
        on {formatDay(invitation.invitedAt)}.
        {invitation.published ? '' : ' It is a draft, so only its authors can open it.'}
      </p>
      <p className="govuk-body">{invitation.summary}</p>
      <div className="govuk-button-group">
        <Button type="button" busy={busy} onClick={() => onAnswer(invitation, true)}>
          Accept<span className="govuk-visually-hidden"> {invitation.title}</span>
        </Button>
        <Button
          type="button"
          variant="secondary"
          busy={busy}
          onClick={() => onAnswer(invitation, false)}
        >
          Decline<span className="govuk-visually-hidden"> {invitation.title}</span>
        </Button>
      </div>
    </li>
  );
}
