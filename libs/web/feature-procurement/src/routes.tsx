import type { RouteObject } from 'react-router';

import { EditGroupPage } from './edit/edit-group-page';
import { GroupPage } from './group/group-page';
import { GroupsPage } from './list/groups-page';
import { StartGroupPage } from './start/start-group-page';

/** Every procurement group page, for the app's router. */
export const procurementRoutes: RouteObject[] = [
  { path: 'procurement-groups', element: <GroupsPage /> },
  { path: 'procurement-groups/new', element: <StartGroupPage /> },
  { path: 'procurement-groups/:id', element: <GroupPage /> },
  { path: 'procurement-groups/:id/edit', element: <EditGroupPage /> },
];
