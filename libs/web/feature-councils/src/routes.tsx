import type { RouteObject } from 'react-router';

import { CouncilPage } from './pages/council-page';
import { CouncilsPage } from './pages/councils-page';

/** The council register and each council's page, for the app's router. */
export const councilRoutes: RouteObject[] = [
  { path: 'councils', element: <CouncilsPage /> },
  { path: 'councils/:code', element: <CouncilPage /> },
];
