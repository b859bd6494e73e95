import { AccessRequestsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { ErrorSummary } from '@lgx/web/ui';

import { useAcceptAccessRequest } from '../hooks/use-accept-access-request';
import { AccessRequestsTable } from './access-requests-table';

const HERE = '/council/members';

/** A council's pending requests for the editor role, for its admins to accept or decline. */
export function EditorRequests({ councilCode }: { councilCode: string }) {
  const { data } = useGraphQLQuery(AccessRequestsDocument, { councilCode });
  const decide = useAcceptAccessRequest(HERE);
  const requests = data?.accessRequests ?? [];
  if (requests.length === 0 && !decide.error) return null;
  return (
    <section aria-labelledby="editor-requests">
      {decide.error && <ErrorSummary errors={[{ message: decide.error.message }]} />}
      <h2 className="govuk-heading-m" id="editor-requests">
        Requests for the editor role
      </h2>
      <p className="govuk-body">
        Accepting gives the person the editor role: they can write and publish for the council. They
        are told by email either way.
      </p>
      <AccessRequestsTable
        caption={`${requests.length} request${requests.length === 1 ? '' : 's'} waiting`}
        requests={requests}
        onAccept={decide.accept}
        accepting={decide.accepting}
        declineHref={(id) => `${HERE}/requests/${id}/decline`}
      />
    </section>
  );
}
