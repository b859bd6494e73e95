import { AuditEventsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { FirstAndNextPages, Loading, usePageTitle } from '@lgx/web/ui';
import { cursorPageAddresses, filtersFromForm, routerLink } from '@lgx/web/util';
import type { FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { AdminNavigation } from '../components/admin-navigation';
import { AuditEventsTable } from '../components/audit-events-table';
import { AuditFiltersForm } from '../components/audit-filters-form';
import { QueryFailure } from '../components/query-failure';
import { AUDIT_FILTER_KEYS, auditVariablesFrom } from '../model/audit-filters';

/** The audit log, newest first: filter by action and outcome; pages of 25. */
export function AuditLogPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data, error, isPlaceholderData } = useGraphQLQuery(
    AuditEventsDocument,
    auditVariablesFrom(params),
  );
  usePageTitle('Audit log');
  if (error) return <QueryFailure error={error} />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate({ search: filtersFromForm(event.currentTarget, AUDIT_FILTER_KEYS).toString() });
  };

  const events = data?.auditEvents;
  const { firstPage: withoutCursor, nextPage } = cursorPageAddresses(
    params,
    events?.pageInfo.endCursor,
  );
  const filtered = AUDIT_FILTER_KEYS.some((key) => params.get(key));
  const total = events?.totalCount ?? 0;

  return (
    <>
      <span className="govuk-caption-l">Admin</span>
      <h1 className="govuk-heading-l">Audit log</h1>
      <AdminNavigation />
      <AuditFiltersForm
        key={withoutCursor.toString()}
        params={params}
        filtered={filtered}
        onSubmit={onSubmit}
      />
      <h2 className="govuk-heading-m">Events</h2>
      {!events ? (
        <Loading label="Loading the audit log" />
      ) : (
        <div aria-busy={isPlaceholderData}>
          <p className="govuk-body lgx-results-count" role="status">
            {isPlaceholderData
              ? 'Updating events…'
              : `${total === 1 ? '1 event' : `${total.toLocaleString('en-GB')} events`}${filtered ? ' match your filters' : ''}`}
          </p>
          {total > 0 && <AuditEventsTable edges={events.edges} />}
          <FirstAndNextPages
            label="Pages of events"
            first={
              params.get('after')
                ? { href: `?${withoutCursor}`, title: 'Newest events' }
                : undefined
            }
            next={events.pageInfo.hasNextPage ? `?${nextPage}` : undefined}
            renderLink={routerLink}
          />
        </div>
      )}
    </>
  );
}
