import { useRef, useState } from 'react';

import { isSearchUnavailable } from '../search/search-unavailable';
import type { AutocompleteOption } from './autocomplete-text';

/**
 * The autocomplete's source: searches as the person types and shows only the
 * answer for the latest text, since answers can arrive out of order; `failed`
 * says why the last search found nothing, if it failed. `typed` notes text
 * typed since, so that an older answer is not shown.
 */
export function useLatestSearch(search: (query: string) => Promise<AutocompleteOption[]>) {
  const [failed, setFailed] = useState<false | 'error' | 'unavailable'>(false);
  const latestQuery = useRef('');
  const source = (query: string, populate: (options: AutocompleteOption[]) => void) => {
    latestQuery.current = query;
    search(query).then(
      (options) => {
        if (latestQuery.current !== query) return;
        setFailed(false);
        populate(options);
      },
      (error: unknown) => {
        if (latestQuery.current !== query) return;
        setFailed(isSearchUnavailable(error) ? 'unavailable' : 'error');
        populate([]);
      },
    );
  };
  const typed = (text: string) => {
    latestQuery.current = text;
  };
  return { source, failed, typed };
}
