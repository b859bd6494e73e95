import type { RouteObject } from 'react-router';

import { EmailPreferencesPage } from './pages/email-preferences-page';
import { FollowingPage } from './pages/following-page';
import { NotificationsPage } from './pages/notifications-page';

/** What the viewer follows and what they are told of, for the app's router. */
export const followingRoutes: RouteObject[] = [
  { path: 'following', element: <FollowingPage /> },
  { path: 'notifications', element: <NotificationsPage /> },
  { path: 'email-preferences', element: <EmailPreferencesPage /> },
];
