import { Button, Select } from '@lgx/web/ui';
import { startTransition, useOptimistic, useState } from 'react';

import { type SearchCatalogue, sortLabel, sortsFor } from '../model/search-catalogue';
import type { SearchState } from '../model/search-state';

/** Relevance means nothing without words: a search with none offers the other orders only. */
function sortsOffered(state: SearchState, catalogue: SearchCatalogue): SearchState['sort'][] {
  const sorts = sortsFor(catalogue, state.types);
  return state.query ? sorts : sorts.filter((sort) => sort !== 'RELEVANCE');
}

/** The order a search without words comes in (newest first; councils, which have no date, A to Z). */
function wordlessOrder(options: SearchState['sort'][]): SearchState['sort'] {
  if (options.includes('NEWEST')) return 'NEWEST';
  return options.includes('NAME') ? 'NAME' : (options[0] ?? 'RELEVANCE');
}

interface SearchSortProps {
  state: SearchState;
  catalogue: SearchCatalogue;
  /** Goes to the search in this order; resolves once the address has changed. */
  onSort: (sort: SearchState['sort']) => Promise<void>;
}

/**
 * "Sort by": the sorts the chosen content types offer. Choosing one only
 * changes the list; the search runs when the person presses "Sort", so moving
 * through the options with the arrow keys does not search once per option.
 */
export function SearchSort({ state, catalogue, onSort }: SearchSortProps) {
  // The chosen sort shows at once, while the page moves to its address.
  const [sort, showSort] = useOptimistic(state.sort);
  const [chosen, choose] = useState<SearchState['sort'] | null>(null);
  const options = sortsOffered(state, catalogue);
  const shown = chosen ?? (options.includes(sort) ? sort : wordlessOrder(options));
  return (
    <form
      className="lgx-search-sort"
      onSubmit={(event) => {
        event.preventDefault();
        if (shown === state.sort) return;
        startTransition(async () => {
          showSort(shown);
          choose(null);
          await onSort(shown);
        });
      }}
    >
      <Select
        id="search-sort"
        label="Sort by"
        value={shown}
        onChange={(event) => choose(event.target.value as SearchState['sort'])}
        options={options.map((option) => ({
          value: option,
          label: sortLabel(catalogue, option),
        }))}
      />
      <Button variant="secondary">Sort</Button>
    </form>
  );
}
