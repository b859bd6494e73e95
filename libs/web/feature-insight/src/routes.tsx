import type { RouteObject } from 'react-router';

import { AmbitionPage } from './pages/ambition-page';
import { BusinessCasePage } from './pages/business-case-page';
import { PeersPage } from './pages/peers-page';
import { SectorCellPage } from './pages/sector-cell-page';
import { SectorMapPage } from './pages/sector-map-page';

/** Insight: a council's digital ambition map, councils like mine and the sector map, for the app's router. */
export const insightRoutes: RouteObject[] = [
  { path: 'digital-ambition/:code', element: <AmbitionPage /> },
  { path: 'digital-ambition/:code/peers', element: <PeersPage /> },
  { path: 'sector-map', element: <SectorMapPage /> },
  { path: 'sector-map/:objective/:technology', element: <SectorCellPage /> },
  { path: 'business-case', element: <BusinessCasePage /> },
];
