import { CouncilsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { ErrorSummary, FirstAndNextPages, Loading, usePageTitle } from '@lgx/web/ui';
import { cursorPageAddresses, filtersFromForm, routerLink } from '@lgx/web/util';
import type { FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { CouncilFilters } from '../components/council-filters';
import { CouncilsTable } from '../components/councils-table';
import { FILTER_KEYS, variablesFrom } from '../model/councils-query';
import { formatNumber } from '../model/labels';

/** The council register: filter by name, nation, region and type; pages of 25. */
export function CouncilsPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const variables = variablesFrom(params);
  const { data, error, isPending, isPlaceholderData } = useGraphQLQuery(
    CouncilsDocument,
    variables,
  );
  usePageTitle('Councils', Boolean(error));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate({ search: filtersFromForm(event.currentTarget, FILTER_KEYS).toString() });
  };

  const { firstPage: withoutCursor, nextPage } = cursorPageAddresses(
    params,
    data?.councils.pageInfo.endCursor,
  );
  const filtered = FILTER_KEYS.some((key) => params.get(key));
  const total = data?.councils.totalCount ?? 0;

  return (
    <>
      <h1 className="govuk-heading-xl">Councils</h1>
      <p className="govuk-body-l">
        Every current council in the UK, from the register of local authorities.
      </p>
      {error && <ErrorSummary errors={[{ message: error.message }]} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <CouncilFilters
            key={withoutCursor.toString()}
            params={params}
            filtered={filtered}
            onSubmit={onSubmit}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Results</h2>
          {isPending && !error && <Loading label="Loading councils" />}
          {data && (
            <div aria-busy={isPlaceholderData}>
              <p className="govuk-body lgx-results-count" role="status">
                {isPlaceholderData
                  ? 'Updating results…'
                  : `${total === 1 ? '1 council' : `${formatNumber(total)} councils`}${filtered ? ' match your filters' : ''}`}
              </p>
              {total === 0 ? (
                <p className="govuk-body">
                  No councils match. Try a shorter name, or clear a filter.
                </p>
              ) : (
                <CouncilsTable edges={data.councils.edges} />
              )}
              <FirstAndNextPages
                label="Pages of results"
                first={
                  params.get('after')
                    ? { href: `?${withoutCursor}`, title: 'First page' }
                    : undefined
                }
                next={data.councils.pageInfo.hasNextPage ? `?${nextPage}` : undefined}
                renderLink={routerLink}
              />
            </div>
          )}
        </div>
      </div>
    </>
  );
}
