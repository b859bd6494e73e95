import { SearchDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { type FieldError, isSearchUnavailable } from '@lgx/web/ui';
import { useMemo } from 'react';

import { type SearchState, searchVariables } from '../model/search-state';
import { useSearchStatus } from './use-search-status';

/** The field a bad query points the error summary at. */
export const QUERY_FIELD = 'search-query';

/** The results of the search in the address, and how to speak of them going wrong. */
export function useSearchResults(state: SearchState) {
  const results = useGraphQLQuery(SearchDocument, searchVariables(state));
  const error = results.error;
  // Search being down is said in place of the results, with the lists that still work.
  const unavailable = isSearchUnavailable(error);
  const searchStatus = useSearchStatus();
  const errorMessage = unavailable ? undefined : error?.message;
  const errorField = error?.argumentName === 'query' ? QUERY_FIELD : undefined;
  // One array per error, so the summary takes focus once, not on every key typed.
  const errors = useMemo<FieldError[]>(
    () => (errorMessage ? [{ message: errorMessage, fieldId: errorField }] : []),
    [errorMessage, errorField],
  );
  return {
    search: results.data?.search,
    error,
    unavailable,
    errors,
    searchStatus,
    busy: results.isPending || results.isPlaceholderData,
  };
}

export type SearchResults = ReturnType<typeof useSearchResults>;
