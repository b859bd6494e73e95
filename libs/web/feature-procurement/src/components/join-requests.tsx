import { Button } from '@lgx/web/ui';

interface JoinRequestsProps {
  /** The councils asking to join. */
  councils: readonly { code: string; name: string }[];
  busy: boolean;
  onAnswer: (councilCode: string, accept: boolean) => void;
}

/** "Requests to join", each with Accept and Decline; nothing when no council is asking. */
export function JoinRequests({ councils, busy, onAnswer }: JoinRequestsProps) {
  if (councils.length === 0) return null;
  return (
    <>
      <h3 className="govuk-heading-s">Requests to join</h3>
      <ul className="govuk-list">
        {councils.map((council) => (
          <li key={council.code}>
            {council.name}{' '}
            <Button
              type="button"
              className="govuk-!-margin-bottom-0"
              busy={busy}
              onClick={() => onAnswer(council.code, true)}
            >
              Accept<span className="govuk-visually-hidden"> {council.name}</span>
            </Button>{' '}
            <Button
              type="button"
              variant="secondary"
              className="govuk-!-margin-bottom-0"
              busy={busy}
              onClick={() => onAnswer(council.code, false)}
            >
              Decline<span className="govuk-visually-hidden"> {council.name}</span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
