import type { RouteObject } from 'react-router';

import { ContractBuyersPage } from './pages/contract-buyers-page';

/** Public contracts' pages, for the app's router. */
export const contractRoutes: RouteObject[] = [
  { path: 'contracts/buyers', element: <ContractBuyersPage /> },
];
