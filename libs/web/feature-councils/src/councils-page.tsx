import { COUNCIL_TYPES, isOneOf, NATION_KEYS, REGIONS } from '@lgx/shared/domain';
import {
  CouncilsDocument,
  type CouncilsQueryVariables,
  type CouncilType,
  type Nation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import {
  ErrorSummary,
  FirstAndNextPages,
  Loading,
  Select,
  TextInput,
  usePageTitle,
} from '@lgx/web/ui';
import { cursorPageAddresses, filtersFromForm, routerLink } from '@lgx/web/util';
import { type FormEvent, useId } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { formatNumber, nationLabel } from './labels';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['name', 'nation', 'region', 'type'] as const;

function variablesFrom(params: URLSearchParams): CouncilsQueryVariables {
  const nation = params.get('nation');
  const type = params.get('type');
  return {
    first: PAGE_SIZE,
    after: params.get('after') || undefined,
    filter: {
      search: params.get('name') || undefined,
      region: params.get('region') || undefined,
      nation: isOneOf(NATION_KEYS, nation) ? (nation as Nation) : undefined,
      type: isOneOf(COUNCIL_TYPES, type) ? (type as CouncilType) : undefined,
    },
  };
}

/** The council register: filter by name, nation, region and type; pages of 25. */
export function CouncilsPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const variables = variablesFrom(params);
  const { data, error, isPending, isPlaceholderData } = useGraphQLQuery(
    CouncilsDocument,
    variables,
  );
  const headingId = useId();
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
          <form
            className="lgx-filters"
            onSubmit={onSubmit}
            role="search"
            aria-label="Filter councils"
            key={withoutCursor.toString()}
          >
            <h2 className="govuk-heading-m">Filter</h2>
            <TextInput
              id="name"
              name="name"
              label="Name or code"
              defaultValue={params.get('name') ?? ''}
              autoComplete="off"
              spellCheck={false}
            />
            <Select
              id="nation"
              name="nation"
              label="Nation"
              defaultValue={params.get('nation') ?? ''}
              options={[
                { value: '', label: 'All nations' },
                ...Object.entries(NATION_KEYS).map(([value, label]) => ({ value, label })),
              ]}
            />
            <Select
              id="region"
              name="region"
              label="Region"
              defaultValue={params.get('region') ?? ''}
              options={[
                { value: '', label: 'All regions' },
                ...REGIONS.map((region) => ({ value: region, label: region })),
              ]}
            />
            <Select
              id="type"
              name="type"
              label="Type of council"
              defaultValue={params.get('type') ?? ''}
              options={[
                { value: '', label: 'All types' },
                ...Object.entries(COUNCIL_TYPES).map(([value, label]) => ({ value, label })),
              ]}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Apply filters
              </button>
              {filtered && (
                <Link to="/councils" className="govuk-link">
                  Clear filters
                </Link>
              )}
            </div>
          </form>
        </div>
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m" id={headingId}>
            Results
          </h2>
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
                <table className="govuk-table" aria-labelledby={headingId}>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">
                        Council
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Type
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Region
                      </th>
                      <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                        Population
                      </th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {data.councils.edges.map(({ node }) => (
                      <tr className="govuk-table__row" key={node.code}>
                        <td className="govuk-table__cell">
                          <Link className="govuk-link" to={`/councils/${node.code}`}>
                            {node.name}
                          </Link>
                        </td>
                        <td className="govuk-table__cell">{node.typeName}</td>
                        <td className="govuk-table__cell">
                          {node.region ?? nationLabel(node.nation)}
                        </td>
                        <td className="govuk-table__cell govuk-table__cell--numeric">
                          {formatNumber(node.population)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
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
