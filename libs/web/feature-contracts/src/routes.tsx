import type { RouteObject } from 'react-router';

import { ContractBuyersPage } from './pages/contract-buyers-page';
import { ContractPage } from './pages/contract-page';

/** Public contracts' pages, for the app's router. */
export const contractRoutes: RouteObject[] = [
  { path: 'contracts/buyers', element: <ContractBuyersPage /> },
  { path: 'contracts/:ocid', element: <ContractPage /> },
];
