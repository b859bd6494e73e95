import type { RouteObject } from 'react-router';

import { ContractPage } from './pages/contract-page';

/** Public contracts' pages, for the app's router. */
export const contractRoutes: RouteObject[] = [
  { path: 'contracts/:ocid', element: <ContractPage /> },
];
