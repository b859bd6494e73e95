import { SEARCH_MAX_QUERY_LENGTH } from '@lgx/shared/domain';
import {
  CaseStudyFiltersDocument,
  CaseStudyListDocument,
  type SearchSort,
  useGraphQLQuery,
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
import { useNavigate, useSearchParams } from 'react-router';

import { CaseStudyListFilters } from '../components/case-study-list-filters';
import { CaseStudyListResults } from '../components/case-study-list-results';
import {
  CASE_STUDY_LIST_SORTS,
  caseStudyListPath,
  type CaseStudyListState,
  caseStudyListVariables,
  fromFirstPage,
  isFiltered,
  readCaseStudyList,
  toggled,
  unfiltered,
} from '../model/case-study-list-state';

type Facets = readonly { attribute: string; label: string }[];

/**
 * Every case study the reader can find, the newest first, filtered by what
 * search offers for case studies (service area, technology, region, type of
 * council, stage...). The words, filters, order and page are in the address.
 */
export function CaseStudiesPage() {
  const filters = useGraphQLQuery(CaseStudyFiltersDocument, {});
  usePageTitle('Case studies', Boolean(filters.error));
  const facets = filters.data?.searchContentTypes.find((type) => type.key === 'CASE_STUDY')?.facets;
  return (
    <>
      <h1 className="govuk-heading-xl">Case studies</h1>
      <p className="govuk-body-l">
        What councils did, what it cost and what it saved, in their own words.
      </p>
      {facets ? (
        <CaseStudyList facets={facets} />
      ) : filters.error ? (
        <ErrorSummary errors={[{ message: filters.error.message }]} />
      ) : (
        <Loading label="Loading case studies" />
      )}
    </>
  );
}

function CaseStudyList({ facets }: { facets: Facets }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const state = readCaseStudyList(
    params,
    facets.map((facet) => facet.attribute),
  );
  const { data, error, isPending } = useGraphQLQuery(
    CaseStudyListDocument,
    caseStudyListVariables(state),
  );
  const go = (next: CaseStudyListState) => navigate(caseStudyListPath(next));
  const clearHref = isFiltered(state) ? caseStudyListPath(unfiltered(state)) : null;
  return (
    <>
      <SearchBox
        id="case-study-query"
        label="Search case studies"
        landmarkLabel="Case studies"
        defaultValue={state.query}
        maxLength={SEARCH_MAX_QUERY_LENGTH}
        onSubmit={(query) => go(fromFirstPage({ ...state, query }))}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <CaseStudyListFilters
            facets={facets}
            counts={data?.search.facets}
            chosen={state.chosen}
            clearHref={clearHref}
            onChange={(attribute, value, checked) => go(toggled(state, attribute, value, checked))}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <Select
            id="case-study-sort"
            label="Sort by"
            value={state.sort}
            options={CASE_STUDY_LIST_SORTS.map(({ sort, label }) => ({ value: sort, label }))}
            onChange={(event) =>
              go(fromFirstPage({ ...state, sort: event.target.value as SearchSort }))
            }
          />
          {error &&
            (isSearchUnavailable(error) ? (
              <SearchUnavailable renderLink={routerLink} />
            ) : (
              <ErrorSummary errors={[{ message: error.message }]} />
            ))}
          {!error && isPending && <Loading label="Loading case studies" />}
          {!error && data && (
            <CaseStudyListResults state={state} results={data.search} clearHref={clearHref} />
          )}
        </div>
      </div>
    </>
  );
}
