import { use } from 'react';
import { type RouteObject, useLocation, useRoutes } from 'react-router';

import { featureFor, LAZY_FEATURES, type LazyFeature, loadChunk } from './feature-routes';
import { NotFoundPage } from './not-found-page';

/** One feature's pages, by its own routes; a path it does not know is not found. */
function FeatureRoutes({ routes }: { routes: RouteObject[] }) {
  return useRoutes([...routes, { path: '*', element: <NotFoundPage /> }]);
}

interface Loading {
  routes: Promise<RouteObject[]>;
  failed: boolean;
  /** The navigation (location key) that first asked for them. */
  key: string;
}

const loading = new Map<LazyFeature, Loading>();

/**
 * A feature's routes, whose code loads the first time one of its pages is
 * opened, and only once. Code that failed to load is fetched again on the
 * next navigation, not while this one re-renders to show the failure.
 */
function routesOf(feature: LazyFeature, key: string): Promise<RouteObject[]> {
  const known = loading.get(feature);
  if (known && !(known.failed && known.key !== key)) return known.routes;
  const entry: Loading = {
    failed: false,
    key,
    routes: loadChunk(feature.routes).catch((error: unknown) => {
      entry.failed = true;
      throw error;
    }),
  };
  loading.set(feature, entry);
  return entry.routes;
}

/**
 * Every page but the home page: the feature that owns the path's first part
 * shows it (suspending while its code loads: the layout's PageFrame says so).
 */
export function FeaturePages({ features = LAZY_FEATURES }: { features?: readonly LazyFeature[] }) {
  const { pathname, key } = useLocation();
  const feature = featureFor(pathname, features);
  if (!feature) return <NotFoundPage />;
  return <FeatureRoutes routes={use(routesOf(feature, key))} />;
}
