import type { RouteObject } from 'react-router';

import { EditGroupPage } from './pages/edit-group-page';
import { GroupPage } from './pages/group-page';
import { GroupsPage } from './pages/groups-page';
import { StartGroupPage } from './pages/start-group-page';

/** Every procurement group page, for the app's router. */
export const procurementRoutes: RouteObject[] = [
  { path: 'procurement-groups', element: <GroupsPage /> },
  { path: 'procurement-groups/new', element: <StartGroupPage /> },
  { path: 'procurement-groups/:id', element: <GroupPage /> },
  { path: 'procurement-groups/:id/edit', element: <EditGroupPage /> },
];
