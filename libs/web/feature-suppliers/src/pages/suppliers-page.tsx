import { SuppliersDocument, useGraphQLQuery } from '@lgx/web/data-access';
import {
  Button,
  isSearchUnavailable,
  Loading,
  SearchUnavailable,
  TextInput,
  usePageTitle,
} from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { DirectoryLinks } from '../components/directory-links';
import { isModerator, OfficerGate, QueryProblem } from '../components/officer-gate';
import { SupplierList } from '../components/supplier-list';
import { SuppliersForVisitors } from '../components/suppliers-for-visitors';

/** The supplier directory: find a supplier, read what councils say about it. */
export function SuppliersPage() {
  return (
    <OfficerGate forVisitors={<SuppliersForVisitors />}>
      {(viewer) => <Directory moderator={isModerator(viewer)} />}
    </OfficerGate>
  );
}

function Directory({ moderator }: { moderator: boolean }) {
  usePageTitle('Suppliers');
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [after, setAfter] = useState<string | null>(null);
  const { data, error, isFetching } = useGraphQLQuery(SuppliersDocument, {
    query: query || null,
    first: 50,
    after,
  });
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    setAfter(null);
    setParams(value ? { q: value } : {});
  };
  // Only a search by name needs search: when it is down, the A to Z list is offered instead.
  const unavailable = isSearchUnavailable(error);
  if (error && !unavailable) return <QueryProblem error={error} />;
  const suppliers = unavailable ? undefined : data?.suppliers;
  return (
    <>
      <h1 className="govuk-heading-xl">Suppliers</h1>
      <p className="govuk-body-l">
        What councils bought, from whom, and how it went: honest experiences from verified officers,
        for verified officers.
      </p>
      <DirectoryLinks moderator={moderator} />
      <form onSubmit={onSearch} role="search" aria-label="Suppliers">
        <TextInput
          id="q"
          label="Supplier name"
          defaultValue={query}
          key={query}
          className="govuk-!-width-one-half"
        />
        <Button variant="secondary">Find suppliers</Button>
      </form>
      {unavailable ? (
        <SearchUnavailable renderLink={routerLink}>
          <p className="govuk-body">
            <Link className="govuk-link" to="/suppliers">
              See every supplier, A to Z
            </Link>
          </p>
        </SearchUnavailable>
      ) : !suppliers ? (
        <Loading label="Loading suppliers" />
      ) : suppliers.totalCount === 0 ? (
        <p className="govuk-body">
          {query ? `No suppliers match “${query}”.` : 'No suppliers yet.'}{' '}
          <Link className="govuk-link" to="/suppliers/new">
            Add one
          </Link>
          .
        </p>
      ) : (
        <SupplierList suppliers={suppliers} busy={isFetching} onNext={setAfter} />
      )}
    </>
  );
}
