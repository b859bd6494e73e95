import { Select } from '@lgx/web/ui';
import { startTransition, useOptimistic } from 'react';

import { type SearchCatalogue, sortLabel, sortsFor } from '../model/search-catalogue';
import type { SearchState } from '../model/search-state';

interface SearchSortProps {
  state: SearchState;
  catalogue: SearchCatalogue;
  /** Goes to the search in this order; resolves once the address has changed. */
  onSort: (sort: SearchState['sort']) => Promise<void>;
}

/** "Sort by": the sorts the chosen content types offer. */
export function SearchSort({ state, catalogue, onSort }: SearchSortProps) {
  // The chosen sort shows at once, while the page moves to its address.
  const [sort, showSort] = useOptimistic(state.sort);
  return (
    <Select
      id="search-sort"
      label="Sort by"
      value={sort}
      onChange={(event) => {
        const chosen = event.target.value as SearchState['sort'];
        startTransition(async () => {
          showSort(chosen);
          await onSort(chosen);
        });
      }}
      options={sortsFor(catalogue, state.types).map((option) => ({
        value: option,
        label: sortLabel(catalogue, option),
      }))}
    />
  );
}
