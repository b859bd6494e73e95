import { useMemo } from 'react';
import { useLocation } from 'react-router';

import type { SearchCatalogue } from '../model/search-catalogue';
import { parseSearchState, type SearchState } from '../model/search-state';

/** The search the address describes: words, filters, sort and page, read against what search offers. */
export function useSearchState(catalogue: SearchCatalogue): SearchState {
  const { search } = useLocation();
  return useMemo(
    () => parseSearchState(new URLSearchParams(search), catalogue),
    [search, catalogue],
  );
}
