import type { RouteObject } from 'react-router';

import { CataloguePage } from './catalogue/catalogue-page';
import { ImportPage } from './importing/import-page';
import { ComponentPage } from './reading/component-page';
import { EditComponentPage } from './writing/edit-component-page';
import { NewComponentPage } from './writing/new-component-page';

/** Every component page, for the app's router. */
export const componentRoutes: RouteObject[] = [
  { path: 'components', element: <CataloguePage /> },
  { path: 'components/new', element: <NewComponentPage /> },
  { path: 'components/import', element: <ImportPage /> },
  { path: 'components/:id', element: <ComponentPage /> },
  { path: 'components/:id/edit', element: <EditComponentPage /> },
];
