import type { RouteObject } from 'react-router';

import { SearchPage } from './pages/search-page';

/** The discovery pages, for the app's router. */
export const discoveryRoutes: RouteObject[] = [{ path: 'search', element: <SearchPage /> }];
