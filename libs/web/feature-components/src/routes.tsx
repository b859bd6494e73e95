import type { RouteObject } from 'react-router';

import { CataloguePage } from './pages/catalogue-page';
import { ComponentPage } from './pages/component-page';
import { EditComponentPage } from './pages/edit-component-page';
import { ImportPage } from './pages/import-page';
import { NewComponentPage } from './pages/new-component-page';

/** Every component page, for the app's router. */
export const componentRoutes: RouteObject[] = [
  { path: 'components', element: <CataloguePage /> },
  { path: 'components/new', element: <NewComponentPage /> },
  { path: 'components/import', element: <ImportPage /> },
  { path: 'components/:id', element: <ComponentPage /> },
  { path: 'components/:id/edit', element: <EditComponentPage /> },
];
