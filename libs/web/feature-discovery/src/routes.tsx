import type { RouteObject } from 'react-router';

import { SearchPage } from './pages/search-page';
import { TopicPage } from './pages/topic-page';
import { TopicsPage } from './pages/topics-page';

/** The discovery pages, for the app's router. */
export const discoveryRoutes: RouteObject[] = [
  { path: 'search', element: <SearchPage /> },
  { path: 'topics', element: <TopicsPage /> },
  // A kind without a value lists that kind's topics on the not-found page.
  { path: 'topics/:kind', element: <TopicPage /> },
  { path: 'topics/:kind/:slug', element: <TopicPage /> },
];
