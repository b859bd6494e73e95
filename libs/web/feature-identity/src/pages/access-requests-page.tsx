import { AccessRequestsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { ErrorSummary, Loading, NotificationBanner, usePageTitle } from '@lgx/web/ui';
import { useFlash } from '@lgx/web/util';

import { AccessRequestsTable } from '../components/access-requests-table';
import { AdminNavigation } from '../components/admin-navigation';
import { QueryFailure } from '../components/query-failure';
import { useAcceptAccessRequest } from '../hooks/use-accept-access-request';

const HERE = '/admin/requests';

/** The platform admins' queue: council email domains to add, and first admins of councils. */
export function AccessRequestsPage() {
  const { data, error } = useGraphQLQuery(AccessRequestsDocument, { councilCode: null });
  const flash = useFlash();
  const decide = useAcceptAccessRequest(HERE);
  usePageTitle('Requests', Boolean(decide.error));
  if (error) return <QueryFailure error={error} />;
  const requests = data?.accessRequests ?? [];

  return (
    <>
      {decide.error && <ErrorSummary errors={[{ message: decide.error.message }]} />}
      {flash && !decide.error && <NotificationBanner success heading={flash} />}
      <span className="govuk-caption-l">Admin</span>
      <h1 className="govuk-heading-l">Requests</h1>
      <AdminNavigation />
      <p className="govuk-body">
        People whose email domain LGX does not know ask for it to be added to their council;
        officers of a council with no admin ask to become its admin. Accepting a domain makes every
        confirmed account on it an officer of the council. The people who asked are told by email
        either way.
      </p>
      {!data ? (
        <Loading label="Loading the requests" />
      ) : requests.length === 0 ? (
        <p className="govuk-body">No requests are waiting.</p>
      ) : (
        <AccessRequestsTable
          caption={`${requests.length} request${requests.length === 1 ? '' : 's'} waiting`}
          requests={requests}
          onAccept={decide.accept}
          accepting={decide.accepting}
          declineHref={(id) => `${HERE}/${id}/decline`}
        />
      )}
    </>
  );
}
