import type { RouteObject } from 'react-router';

import { AmbitionPage } from './pages/ambition-page';
import { BusinessCasePage } from './pages/business-case-page';
import { SectorMapPage } from './pages/sector-map-page';

/** Insight: a council's digital ambition map and the sector map, for the app's router. */
export const insightRoutes: RouteObject[] = [
  { path: 'digital-ambition/:code', element: <AmbitionPage /> },
  { path: 'sector-map', element: <SectorMapPage /> },
  { path: 'business-case', element: <BusinessCasePage /> },
];
