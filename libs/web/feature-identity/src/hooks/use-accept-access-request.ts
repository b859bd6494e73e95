import {
  AcceptAccessRequestDocument,
  type AccessRequestFieldsFragment,
  QueryKeys,
  useGraphQLMutation,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { useNavigate } from 'react-router';

import { requestSummary } from '../model/access-request-text';

/**
 * Accepts a request and comes back to `here` with what was done, or with the
 * API's reason it could not be (the request stays in the list).
 */
export function useAcceptAccessRequest(here: string) {
  const navigate = useNavigate();
  const invalidate = useInvalidateQueries();
  const accept = useGraphQLMutation(AcceptAccessRequestDocument, {
    onSuccess: async ({ acceptAccessRequest: done }) => {
      await invalidate([
        QueryKeys.AccessRequests,
        QueryKeys.CouncilMembers,
        QueryKeys.CouncilContacts,
        QueryKeys.CouncilDomains,
      ]);
      const who = done.requesters.map((person) => person.name).join(', ');
      navigate(here, {
        state: { flash: `Accepted: ${requestSummary(done)} (${who} told by email)` },
      });
    },
  });
  return {
    accept: (request: AccessRequestFieldsFragment) => accept.mutate({ id: request.id }),
    accepting: accept.isPending ? String(accept.variables?.id ?? '') : null,
    error: accept.error,
  };
}
