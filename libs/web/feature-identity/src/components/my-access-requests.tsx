import type { MyAccessRequestsQuery } from '@lgx/web/data-access';

import { REQUEST_STATUS, requestSummary } from '../model/access-request-text';

type Request = MyAccessRequestsQuery['myAccessRequests'][number];

/** The person's own requests for a domain or a role, and where each stands. */
export function MyAccessRequests({ requests }: { requests: Request[] }) {
  if (requests.length === 0) return null;
  return (
    <>
      <h3 className="govuk-heading-s">Your requests</h3>
      <ul className="govuk-list">
        {requests.map((request) => (
          <li key={request.id}>
            {requestSummary(request)}: <strong>{REQUEST_STATUS[request.status]}</strong>
            {request.declineReason && ` (${request.declineReason})`}
          </li>
        ))}
      </ul>
    </>
  );
}
