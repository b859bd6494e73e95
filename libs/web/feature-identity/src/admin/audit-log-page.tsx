import { AuditEventsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import {
  Button,
  FirstAndNextPages,
  Loading,
  Select,
  Table,
  TextInput,
  usePageTitle,
} from '@lgx/web/ui';
import { cursorPageAddresses, filtersFromForm, routerLink } from '@lgx/web/util';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { QueryFailure } from '../errors/query-failure';
import { AdminNavigation } from './admin-navigation';
import { AUDIT_FILTER_KEYS, AUDIT_OUTCOMES, auditVariablesFrom } from './audit-filters';
import { formatLondonTime } from './format-london-time';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
      <form
        className="lgx-filters lgx-filters--inline"
        onSubmit={onSubmit}
        role="search"
        aria-label="Filter the audit log"
        key={withoutCursor.toString()}
      >
        <TextInput
          id="action"
          label="Action starts with"
          hint="For example sign-in, mfa or council.members"
          defaultValue={params.get('action') ?? ''}
          className="govuk-input--width-20"
          autoComplete="off"
          spellCheck={false}
        />
        <Select
          id="outcome"
          name="outcome"
          label="Outcome"
          defaultValue={params.get('outcome') ?? ''}
          options={[
            { value: '', label: 'Any outcome' },
            ...AUDIT_OUTCOMES.map((value) => ({ value, label: capitalise(value) })),
          ]}
        />
        <div className="govuk-button-group">
          <Button variant="secondary">Apply filters</Button>
          {filtered && (
            <Link to="/admin/audit-log" className="govuk-link">
              Clear filters
            </Link>
          )}
        </div>
      </form>
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
          {total > 0 && (
            <Table
              caption="Audit events, newest first"
              captionHidden
              columns={[
                { label: 'Time (UK)' },
                { label: 'Actor' },
                { label: 'Council' },
                { label: 'Action' },
                { label: 'Target' },
                { label: 'Outcome' },
              ]}
              rows={events.edges.map(({ node }) => ({
                key: node.id,
                cells: [
                  <time key="time" className="lgx-nowrap" dateTime={String(node.occurredAt)}>
                    {formatLondonTime(String(node.occurredAt))}
                  </time>,
                  node.actorRole,
                  node.actorCouncilCode ?? 'None',
                  <code key="action" className="lgx-code">
                    {node.action}
                  </code>,
                  node.targetType ? `${node.targetType}: ${node.targetId ?? ''}` : 'None',
                  capitalise(node.outcome),
                ],
              }))}
            />
          )}
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
