import { SEARCH_MAX_PAGE_SIZE, SEARCH_MAX_QUERY_LENGTH } from '@lgx/shared/domain';
import {
  canWriteCaseStudies,
  ComponentCatalogueDocument,
  type SearchSort,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import {
  ErrorSummary,
  isSearchUnavailable,
  Loading,
  SearchBox,
  SearchUnavailable,
  Select,
  usePageTitle,
} from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { CatalogueFilters } from '../components/catalogue-filters';
import { CatalogueResults } from '../components/catalogue-results';
import {
  CATALOGUE_SORTS,
  cataloguePath,
  type CatalogueState,
  fromFirstPage,
  parseCatalogueState,
  withFacetValue,
} from '../model/catalogue-state';

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
  const results = data?.search;

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
          <CatalogueFilters
            state={state}
            facets={results?.facets}
            onChange={(attribute, value, isChecked) =>
              go(withFacetValue(state, attribute, value, isChecked))
            }
          />
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
          {results && <CatalogueResults state={state} results={results} pageSize={PAGE_SIZE} />}
        </div>
      </div>
    </>
  );
}
