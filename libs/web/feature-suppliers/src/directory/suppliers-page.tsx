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

import { isModerator, OfficerGate, QueryProblem } from '../common/officer-gate';

/** The supplier directory: find a supplier, read what councils say about it. */
export function SuppliersPage() {
  return <OfficerGate>{(viewer) => <Directory moderator={isModerator(viewer)} />}</OfficerGate>;
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
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/supplier-experiences/new">
            Write about a supplier your council uses
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/suppliers/my-council">
            Your council’s experiences
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/suppliers/new">
            Add a supplier to the directory
          </Link>
        </li>
        {moderator && (
          <li>
            <Link className="govuk-link" to="/suppliers/moderation">
              Moderation queue
            </Link>
          </li>
        )}
      </ul>
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
        <>
          <h2 className="govuk-heading-m" aria-live="polite">
            {suppliers.totalCount === 1 ? '1 supplier' : `${suppliers.totalCount} suppliers`}
          </h2>
          <ul className="govuk-list" aria-busy={isFetching}>
            {suppliers.edges.map(({ node }) => (
              <li key={node.id} className="govuk-!-margin-bottom-4">
                <Link className="govuk-link govuk-!-font-weight-bold" to={`/suppliers/${node.id}`}>
                  {node.name}
                </Link>
                {node.categories.length > 0 && (
                  <p className="govuk-body-s govuk-!-margin-bottom-0">
                    {node.categories.map((category) => category.label).join('; ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
          {suppliers.pageInfo.hasNextPage && (
            <Button
              type="button"
              variant="secondary"
              onClick={() => setAfter(suppliers.pageInfo.endCursor)}
            >
              Next suppliers
            </Button>
          )}
        </>
      )}
    </>
  );
}
