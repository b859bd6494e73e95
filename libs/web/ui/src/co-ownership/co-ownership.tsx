import { Button } from '../components/button';
import { Tag } from '../components/tag';

/** An invitation to the viewer's council to share a record. */
export interface CoOwnershipInvitation {
  invitedBy: { name: string };
  council: { name: string };
}

/** A council the owners have asked, and whether it has answered. */
export interface CoOwnershipRequest {
  council: { code: string; name: string };
  status: string;
}

/**
 * What a shared record calls its sharing: a case study is co-authored, a
 * component is maintained. Ids keep their own names so that links and
 * journeys can find each section.
 */
export interface CoOwnershipWording {
  /** Gives the ids `${idPrefix}-invitation-heading` and `${idPrefix}s-asked-heading`. */
  idPrefix: string;
  invitationHeading: (invitedBy: string, council: string) => string;
  invitationBody: (council: string) => string;
  /** Read after Accept and Decline by screen readers: "the invitation to …". */
  invitationSubject: string;
  askedHeading: string;
  askedBody: string;
  leave: string;
  /** Read after the leave button's words by screen readers. */
  leaveSubject: string;
  /** A class for each asked council's list item, if any. */
  askedItemClassName?: string;
}

export interface CoOwnershipProps {
  wording: CoOwnershipWording;
  /** The invitation to the viewer's council, if there is one. */
  invitation: CoOwnershipInvitation | null | undefined;
  asked: readonly CoOwnershipRequest[];
  /** Whether the viewer may withdraw invitations. */
  canEdit: boolean;
  /** Whether the viewer's council may stop sharing the record. */
  canLeave: boolean;
  busy: boolean;
  onRespond: (accept: boolean) => void;
  onWithdraw: (councilCode: string) => void;
  onLeave: () => void;
}

/**
 * Sharing a record by consent: the invited council's editors accept or
 * decline; the owners see whom they asked and can withdraw; a sharing
 * council can leave. Presentational: the feature sends the mutations.
 */
export function CoOwnership(props: CoOwnershipProps) {
  const { wording, invitation, asked, canEdit, canLeave, busy } = props;
  return (
    <>
      {invitation && (
        <InvitationToRespond
          wording={wording}
          invitation={invitation}
          busy={busy}
          onRespond={props.onRespond}
        />
      )}
      {asked.length > 0 && (
        <CouncilsAsked
          wording={wording}
          asked={asked}
          canEdit={canEdit}
          busy={busy}
          onWithdraw={props.onWithdraw}
        />
      )}
      {canLeave && (
        <p className="govuk-body lgx-no-print">
          <Button type="button" variant="warning" busy={busy} onClick={props.onLeave}>
            {wording.leave}
            <span className="govuk-visually-hidden">{wording.leaveSubject}</span>
          </Button>
        </p>
      )}
    </>
  );
}

function InvitationToRespond({
  wording,
  invitation,
  busy,
  onRespond,
}: {
  wording: CoOwnershipWording;
  invitation: CoOwnershipInvitation;
  busy: boolean;
  onRespond: (accept: boolean) => void;
}) {
  const headingId = `${wording.idPrefix}-invitation-heading`;
  const subject = (
    <span className="govuk-visually-hidden"> the invitation to {wording.invitationSubject}</span>
  );
  return (
    <section className="govuk-inset-text lgx-no-print" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        {wording.invitationHeading(invitation.invitedBy.name, invitation.council.name)}
      </h2>
      <p className="govuk-body">{wording.invitationBody(invitation.council.name)}</p>
      <div className="govuk-button-group">
        <Button type="button" busy={busy} onClick={() => onRespond(true)}>
          Accept
          {subject}
        </Button>
        <Button type="button" variant="secondary" busy={busy} onClick={() => onRespond(false)}>
          Decline
          {subject}
        </Button>
      </div>
    </section>
  );
}

function CouncilsAsked({
  wording,
  asked,
  canEdit,
  busy,
  onWithdraw,
}: {
  wording: CoOwnershipWording;
  asked: readonly CoOwnershipRequest[];
  canEdit: boolean;
  busy: boolean;
  onWithdraw: (councilCode: string) => void;
}) {
  const headingId = `${wording.idPrefix}s-asked-heading`;
  return (
    <section className="lgx-no-print" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        {wording.askedHeading}
      </h2>
      <p className="govuk-body">{wording.askedBody}</p>
      <ul className="govuk-list">
        {asked.map((request) => (
          <li key={request.council.code} className={wording.askedItemClassName}>
            {request.council.name}{' '}
            {request.status === 'PENDING' ? (
              <Tag colour="yellow">Waiting for them to confirm</Tag>
            ) : (
              <Tag colour="red">Declined</Tag>
            )}
            {canEdit && (
              <Button
                type="button"
                variant="secondary"
                className="govuk-!-margin-bottom-0 govuk-!-margin-left-2"
                busy={busy}
                onClick={() => onWithdraw(request.council.code)}
              >
                {request.status === 'PENDING' ? 'Withdraw invitation' : 'Remove'}
                <span className="govuk-visually-hidden"> to {request.council.name}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
