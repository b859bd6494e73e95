import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import { type RouteObject, useLocation, useRoutes } from 'react-router';

import { featureFor, LAZY_FEATURES, type LazyFeature, loadChunk } from './feature-routes';
import { NotFoundPage } from './not-found-page';

/** One feature's pages, by its own routes; a path it does not know is not found. */
function FeatureRoutes({ routes }: { routes: RouteObject[] }) {
  return useRoutes([...routes, { path: '*', element: <NotFoundPage /> }]);
}

interface Loaded {
  pages: LazyExoticComponent<ComponentType>;
  failed: boolean;
  /** The navigation (location key) that first asked for it. */
  key: string;
}

const loaded = new Map<LazyFeature, Loaded>();

/**
 * A feature's pages, whose code loads the first time one is opened and only
 * once. Code that failed to load is fetched again on the next navigation, not
 * while this one re-renders to show the failure.
 */
function pagesOf(feature: LazyFeature, key: string): LazyExoticComponent<ComponentType> {
  const known = loaded.get(feature);
  if (known && !(known.failed && known.key !== key)) return known.pages;
  const entry: Loaded = {
    failed: false,
    key,
    pages: lazy(async () => {
      try {
        const routes = await loadChunk(feature.routes);
        return { default: () => <FeatureRoutes routes={routes} /> };
      } catch (error) {
        entry.failed = true;
        throw error;
      }
    }),
  };
  loaded.set(feature, entry);
  return entry.pages;
}

/** Every page but the home page: the feature that owns the path's first part shows it. */
export function FeaturePages({ features = LAZY_FEATURES }: { features?: readonly LazyFeature[] }) {
  const { pathname, key } = useLocation();
  const feature = featureFor(pathname, features);
  if (!feature) return <NotFoundPage />;
  const Pages = pagesOf(feature, key);
  return <Pages />;
}
