import type { RouteObject } from 'react-router';

/** Public contracts' pages, for the app's router. */
export const contractRoutes: RouteObject[] = [];
