import { CouncilDomainsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { Loading, NotificationBanner, Table, usePageTitle } from '@lgx/web/ui';
import { useFlash } from '@lgx/web/util';
import { Link } from 'react-router';

import { AdminNavigation } from '../components/admin-navigation';
import { QueryFailure } from '../components/query-failure';
import { formatLondonTime } from '../model/format-london-time';

/** Council email domains: verified accounts on a domain become officers of its council. */
export function CouncilDomainsPage() {
  const { data, error } = useGraphQLQuery(CouncilDomainsDocument, {});
  const flash = useFlash();
  usePageTitle('Council email domains');
  if (error) return <QueryFailure error={error} />;

  return (
    <>
      {flash && <NotificationBanner success heading={flash} />}
      <span className="govuk-caption-l">Admin</span>
      <h1 className="govuk-heading-l">Council email domains</h1>
      <AdminNavigation />
      <p className="govuk-body">
        People who confirm an email address on one of these domains become officers of its council.
        Removing a domain removes its officers from the council.
      </p>
      <Link className="govuk-button govuk-button--secondary" to="/admin/domains/add">
        Add a domain
      </Link>
      {!data ? (
        <Loading label="Loading council email domains" />
      ) : data.councilDomains.length === 0 ? (
        <p className="govuk-body">No council has an email domain yet.</p>
      ) : (
        <Table
          caption={`${data.councilDomains.length} domain${data.councilDomains.length === 1 ? '' : 's'}`}
          columns={[
            { label: 'Domain' },
            { label: 'Council' },
            { label: 'Added' },
            { label: 'Actions' },
          ]}
          rows={data.councilDomains.map((entry) => ({
            key: entry.domain,
            cells: [
              entry.domain,
              <Link key="council" className="govuk-link" to={`/councils/${entry.council.code}`}>
                {entry.council.name}
              </Link>,
              <time key="added" dateTime={String(entry.createdAt)}>
                {formatLondonTime(String(entry.createdAt))}
              </time>,
              <Link
                key="remove"
                className="govuk-link"
                to={`/admin/domains/${encodeURIComponent(entry.domain)}/remove`}
              >
                Remove<span className="govuk-visually-hidden"> {entry.domain}</span>
              </Link>,
            ],
          }))}
        />
      )}
    </>
  );
}
