import type { RouteObject } from 'react-router';

import { AmbitionPage } from './pages/ambition-page';

/** Insight: a council's digital ambition map, for the app's router. */
export const insightRoutes: RouteObject[] = [
  { path: 'digital-ambition/:code', element: <AmbitionPage /> },
];
