import { MyAccessRequestsDocument, useGraphQLQuery, type ViewerQuery } from '@lgx/web/data-access';
import { Link } from 'react-router';

import { useCouncilContacts } from '../hooks/use-council-contacts';
import { CouncilContacts } from './council-contacts';
import { MyAccessRequests } from './my-access-requests';

/**
 * On the account page: who runs the person's council on LGX and how to ask
 * for a role, or, without a council, how to get the domain added; and the
 * requests they have made.
 */
export function YourCouncil({ viewer }: { viewer: ViewerQuery['viewer'] }) {
  const contacts = useCouncilContacts(viewer.council?.code);
  const mine = useGraphQLQuery(MyAccessRequestsDocument, {});
  const requests = mine.data?.myAccessRequests ?? [];
  const waitingForDomain = requests.some(
    (request) => request.kind === 'COUNCIL_DOMAIN' && request.status === 'PENDING',
  );
  return (
    <>
      {viewer.council && contacts.data ? (
        <CouncilContacts
          councilName={viewer.council.name}
          contacts={contacts.data.councilContacts}
          viewerRole={viewer.councilRole}
        />
      ) : (
        !viewer.council &&
        viewer.account?.emailVerified && (
          <section aria-labelledby="your-council">
            <h2 className="govuk-heading-m" id="your-council">
              Your council
            </h2>
            <p className="govuk-body">
              Your email address is not on a council domain that LGX knows, so your account is not
              linked to a council.
            </p>
            {!waitingForDomain && (
              <p className="govuk-body">
                <Link className="govuk-link" to="/account/council-domain">
                  Ask for your council’s email domain to be added
                </Link>
              </p>
            )}
          </section>
        )
      )}
      <MyAccessRequests requests={requests} />
    </>
  );
}
