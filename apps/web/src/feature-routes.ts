import type { PatchRoutesOnNavigationFunction, RouteObject } from 'react-router';

/** The id of the route every page sits under (the layout), which features' routes join. */
export const SHELL_ROUTE = 'shell';

interface LazyFeature {
  /** The first part of the paths the feature answers, e.g. "case-studies" for /case-studies/:id. */
  sections: readonly string[];
  routes: () => Promise<RouteObject[]>;
}

/**
 * The features whose code loads only when a page of theirs is first opened,
 * so a person reading a case study does not download the procurement pages.
 * Identity's pages are an entry point of their own: the layout needs only its
 * account menu at first.
 */
export const LAZY_FEATURES: readonly LazyFeature[] = [
  {
    sections: [
      'create-account',
      'check-your-email',
      'verify-email',
      'sign-in',
      'signed-out',
      'forgotten-password',
      'reset-password',
      'account-deleted',
      'account',
      'council',
      'admin',
    ],
    routes: () =>
      import('@lgx/web/feature-identity/routes').then((feature) => feature.identityRoutes),
  },
  {
    sections: ['councils'],
    routes: () => import('@lgx/web/feature-councils').then((feature) => feature.councilRoutes),
  },
  {
    sections: ['search', 'topics'],
    routes: () => import('@lgx/web/feature-discovery').then((feature) => feature.discoveryRoutes),
  },
  {
    sections: ['case-studies', 'appraisal-method'],
    routes: () =>
      import('@lgx/web/feature-case-studies').then((feature) => feature.caseStudyRoutes),
  },
  {
    sections: ['suppliers', 'supplier-experiences'],
    routes: () => import('@lgx/web/feature-suppliers').then((feature) => feature.supplierRoutes),
  },
  {
    sections: ['components'],
    routes: () => import('@lgx/web/feature-components').then((feature) => feature.componentRoutes),
  },
  {
    sections: ['contracts'],
    routes: () => import('@lgx/web/feature-contracts').then((feature) => feature.contractRoutes),
  },
  {
    sections: ['following', 'notifications', 'email-preferences'],
    routes: () => import('@lgx/web/feature-following').then((feature) => feature.followingRoutes),
  },
  {
    sections: ['digital-ambition', 'sector-map', 'business-case'],
    routes: () => import('@lgx/web/feature-insight').then((feature) => feature.insightRoutes),
  },
  {
    sections: ['procurement-groups'],
    routes: () =>
      import('@lgx/web/feature-procurement').then((feature) => feature.procurementRoutes),
  },
];

/** The feature that answers a path, by its first part; none for the layout's own pages. */
export function featureFor(
  path: string,
  features: readonly LazyFeature[] = LAZY_FEATURES,
): LazyFeature | undefined {
  const section = path.split(/[/?#]/)[1] ?? '';
  return features.find((feature) => feature.sections.includes(section));
}

/**
 * Adds a feature's routes under the layout the first time one of its paths is
 * opened (React Router's lazy route discovery); each feature joins once.
 */
export function patchFeatureRoutes(
  features: readonly LazyFeature[] = LAZY_FEATURES,
): PatchRoutesOnNavigationFunction {
  const joined = new Set<LazyFeature>();
  return async ({ path, patch }) => {
    const feature = featureFor(path, features);
    if (!feature || joined.has(feature)) return;
    const routes = await feature.routes();
    if (joined.has(feature)) return;
    joined.add(feature);
    patch(SHELL_ROUTE, routes);
  };
}
