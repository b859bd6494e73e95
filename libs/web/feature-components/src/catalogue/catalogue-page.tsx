import {
  adoptionPhrase,
  SEARCH_MAX_PAGE_SIZE,
  SEARCH_MAX_QUERY_LENGTH,
  SEARCH_RESULT_CAP,
} from '@lgx/shared/domain';
import {
  canWriteCaseStudies,
  ComponentCatalogueDocument,
  type SearchSort,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import {
  cursorPageNumber,
  ErrorSummary,
  FilterCheckboxes,
  isSearchUnavailable,
  Loading,
  nextCursorPage,
  Pagination,
  previousCursorPage,
  SearchBox,
  SearchUnavailable,
  Select,
  Tag,
  usePageTitle,
} from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';
import { useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import {
  CATALOGUE_FACETS,
  CATALOGUE_SORTS,
  cataloguePath,
  type CatalogueState,
  fromFirstPage,
  parseCatalogueState,
  withFacetValue,
} from './catalogue-state';

/** As many as the API gives in one page. */
const PAGE_SIZE = SEARCH_MAX_PAGE_SIZE;

/** The component catalogue: search, filter by kind, licence, maturity, service area and technology. */
export function CataloguePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const state = parseCatalogueState(params);
  const viewer = useViewer().data?.viewer;
  const { data, error, isPending } = useGraphQLQuery(ComponentCatalogueDocument, {
    query: state.query,
    filters: { types: ['COMPONENT'], facets: state.facets },
    sort: state.sort,
    first: PAGE_SIZE,
    after: state.after,
  });
  usePageTitle('Reusable components', Boolean(error) && !isSearchUnavailable(error));
  /** A new search, filter or sort: from the first page. */
  const go = (next: CatalogueState) => navigate(cataloguePath(fromFirstPage(next)));
  const page = cursorPageNumber(state);
  const heading = useRef<HTMLHeadingElement>(null);
  const results = data?.search;
  // The API pages through at most SEARCH_RESULT_CAP results.
  const pages = Math.ceil(Math.min(results?.totalCount ?? 0, SEARCH_RESULT_CAP) / PAGE_SIZE);
  const checked = (attribute: string) =>
    state.facets.find((facet) => facet.attribute === attribute)?.values ?? [];

  return (
    <>
      <h1 className="govuk-heading-xl">Reusable components</h1>
      <p className="govuk-body-l">
        Software, service patterns, templates, APIs and datasets that councils share, and which
        councils really use them: each council records its own use.
      </p>
      {canWriteCaseStudies(viewer) && (
        <div className="govuk-button-group">
          <Link className="govuk-button" to="/components/import">
            Import from publiccode.yml
          </Link>
          <Link className="govuk-button govuk-button--secondary" to="/components/new">
            Add a component
          </Link>
        </div>
      )}
      <SearchBox
        id="catalogue-query"
        label="Search components"
        landmarkLabel="Components"
        variant="page"
        defaultValue={state.query}
        maxLength={SEARCH_MAX_QUERY_LENGTH}
        onSubmit={(query) => go({ ...state, query })}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <h2 className="govuk-heading-m">Filter</h2>
          {CATALOGUE_FACETS.map((attribute) => {
            const facet = results?.facets.find((f) => f.attribute === attribute);
            const values = new Map((facet?.values ?? []).map((v) => [v.value, v.count]));
            for (const value of checked(attribute)) if (!values.has(value)) values.set(value, 0);
            if (values.size === 0) return null;
            return (
              <FilterCheckboxes
                key={attribute}
                id={`filter-${attribute}`}
                legend={facet?.label ?? attribute}
                options={[...values.entries()].map(([value, count]) => ({
                  value,
                  label: value,
                  count,
                  checked: checked(attribute).includes(value),
                }))}
                onChange={(value, isChecked) =>
                  go(withFacetValue(state, attribute, value, isChecked))
                }
              />
            );
          })}
        </div>
        <div className="govuk-grid-column-two-thirds">
          <Select
            id="catalogue-sort"
            label="Sort by"
            value={state.sort}
            options={CATALOGUE_SORTS.map(({ value, label }) => ({ value, label }))}
            onChange={(event) => go({ ...state, sort: event.target.value as SearchSort })}
          />
          {error &&
            (isSearchUnavailable(error) ? (
              <SearchUnavailable renderLink={routerLink} />
            ) : (
              <ErrorSummary errors={[{ message: error.message }]} />
            ))}
          {!error && isPending && <Loading label="Loading components" />}
          {results && (
            <>
              <h2
                className="govuk-heading-m"
                id="catalogue-results"
                aria-live="polite"
                ref={heading}
                tabIndex={-1}
              >
                {results.totalCount === 1 ? '1 component' : `${results.totalCount} components`}
                {pages > 1 && (
                  <span className="govuk-caption-m">
                    Page {page} of {pages}
                  </span>
                )}
              </h2>
              {results.edges.length === 0 ? (
                <p className="govuk-body">No components match. Try fewer filters or other words.</p>
              ) : (
                <ol className="govuk-list lgx-catalogue" aria-labelledby="catalogue-results">
                  {results.edges.map(({ node }) => (
                    <li key={node.id} className="govuk-!-margin-bottom-6">
                      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                        <Link className="govuk-link" to={node.url}>
                          {node.title}
                        </Link>
                      </h3>
                      <p className="govuk-body govuk-!-margin-bottom-1">{node.summary}</p>
                      <p className="govuk-body-s govuk-!-margin-bottom-0">
                        {node.councilName && <>Maintained by {node.councilName}. </>}
                        {adoptionPhrase(node.adoptionCount ?? 0)}.
                        {node.possiblyStale && (
                          <>
                            {' '}
                            <Tag colour="yellow">Possibly stale</Tag>
                          </>
                        )}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
              <Pagination
                label="Pages of components"
                renderLink={({ href, className, rel, onClick, children }) => (
                  <Link to={href} className={className} rel={rel} onClick={onClick}>
                    {children}
                  </Link>
                )}
                onNavigate={() => heading.current?.focus()}
                previous={
                  state.after
                    ? {
                        href: cataloguePath(previousCursorPage(state)),
                        label: `${page - 1} of ${pages}`,
                      }
                    : undefined
                }
                next={
                  results.pageInfo.hasNextPage && results.pageInfo.endCursor
                    ? {
                        href: cataloguePath(nextCursorPage(state, results.pageInfo.endCursor)),
                        label: `${page + 1} of ${pages}`,
                      }
                    : undefined
                }
              />
            </>
          )}
        </div>
      </div>
    </>
  );
}
