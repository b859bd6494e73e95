import { createContext, useContext, useLayoutEffect } from 'react';

import { SearchBox } from '../search/search-box';

/** Lets a page hide the header's search box: the search page has its own. */
export const HeaderSearchContext = createContext<(hidden: boolean) => void>(() => undefined);

/** Hides the header's search box while the calling page is shown. */
export function useHideHeaderSearch(): void {
  const setHidden = useContext(HeaderSearchContext);
  // Before paint, so the box never flashes on the search page.
  useLayoutEffect(() => {
    setHidden(true);
    return () => setHidden(false);
  }, [setHidden]);
}

/** The header's search box: a GET form to /search?q=..., from every page. */
export function HeaderSearch() {
  return (
    <SearchBox
      id="header-search"
      label="Search LGX"
      labelHidden
      landmarkLabel="Site search"
      variant="header"
    />
  );
}
