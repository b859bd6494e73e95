import type { RouteObject } from 'react-router';

import { FollowingPage } from './pages/following-page';
import { NotificationsPage } from './pages/notifications-page';

/** What the viewer follows and what they are told of, for the app's router. */
export const followingRoutes: RouteObject[] = [
  { path: 'following', element: <FollowingPage /> },
  { path: 'notifications', element: <NotificationsPage /> },
];
