import { SEARCH_MAX_QUERY_LENGTH } from '@lgx/shared/domain';
import { ErrorSummary, type FieldError, SearchBox, usePageTitle } from '@lgx/web/ui';
import { useMemo } from 'react';
import { useLocation } from 'react-router';

import { QUERY_FIELD } from '../hooks/use-search-results';
import { RESULTS_HEADING } from './search-results-section';

/** Until the API has said what search offers: the box, and that the search is on its way. */
export function SearchPagePending({ failure }: { failure: string | null }) {
  const location = useLocation();
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const errors = useMemo<FieldError[]>(() => (failure ? [{ message: failure }] : []), [failure]);
  usePageTitle(query ? `Search results for “${query}”` : 'Search', errors.length > 0);
  return (
    <>
      <ErrorSummary errors={errors} />
      <SearchBox
        id={QUERY_FIELD}
        label="Search LGX"
        labelAsHeading
        value={query.slice(0, SEARCH_MAX_QUERY_LENGTH)}
        maxLength={SEARCH_MAX_QUERY_LENGTH}
        onChange={() => undefined}
        onSubmit={() => undefined}
      />
      <section aria-labelledby={RESULTS_HEADING}>
        <h2 className="govuk-visually-hidden" id={RESULTS_HEADING}>
          Search results
        </h2>
        <p className="govuk-body lgx-results-count" role="status" aria-live="polite">
          {failure ? 'The search did not work' : 'Searching…'}
        </p>
      </section>
    </>
  );
}
