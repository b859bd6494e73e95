import type { AccessRequestFieldsFragment } from '@lgx/web/data-access';
import { Button, ScrollBox, Table } from '@lgx/web/ui';
import { Link } from 'react-router';

import { requestSummary } from '../model/access-request-text';
import { formatLondonTime } from '../model/format-london-time';

interface AccessRequestsTableProps {
  caption: string;
  requests: AccessRequestFieldsFragment[];
  /** Accepts one request (adds the domain, or gives the role). */
  onAccept: (request: AccessRequestFieldsFragment) => void;
  /** The id of the request being accepted, if any. */
  accepting: string | null;
  /** The page that declines a request, with a reason. */
  declineHref: (id: string) => string;
}

/** Pending requests for a domain or a role, each with who asked and Accept or Decline. */
export function AccessRequestsTable({
  caption,
  requests,
  onAccept,
  accepting,
  declineHref,
}: AccessRequestsTableProps) {
  // Wider than a phone: it scrolls in its own box, never the page.
  return (
    <ScrollBox label={caption}>
      <Table
        caption={caption}
        columns={[
          { label: 'Request' },
          { label: 'Asked by' },
          { label: 'Asked' },
          { label: 'Actions' },
        ]}
        rows={requests.map((request) => {
          const summary = requestSummary(request);
          return {
            key: request.id,
            cells: [
              summary,
              <ul key="who" className="govuk-list">
                {request.requesters.map((person) => (
                  <li key={person.id}>
                    {person.name}, {person.jobTitle} ({person.email})
                  </li>
                ))}
              </ul>,
              <time key="asked" dateTime={String(request.createdAt)}>
                {formatLondonTime(String(request.createdAt))}
              </time>,
              <div key="actions" className="govuk-button-group">
                <Button
                  type="button"
                  className="govuk-!-margin-bottom-0"
                  busy={accepting === request.id}
                  onClick={() => onAccept(request)}
                >
                  Accept<span className="govuk-visually-hidden"> request to {summary}</span>
                </Button>
                <Link className="govuk-link" to={declineHref(request.id)}>
                  Decline<span className="govuk-visually-hidden"> request to {summary}</span>
                </Link>
              </div>,
            ],
          };
        })}
      />
    </ScrollBox>
  );
}
