import type { RouteObject } from 'react-router';

export interface LazyFeature {
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

/** The feature that answers a path, by its first part; none for the home page or an unknown one. */
export function featureFor(
  path: string,
  features: readonly LazyFeature[] = LAZY_FEATURES,
): LazyFeature | undefined {
  const section = path.split(/[/?#]/)[1] ?? '';
  return features.find((feature) => feature.sections.includes(section));
}

/** A failure to fetch a page's code (a network error or a newer release): reloading fixes it. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super('The page’s code could not be loaded', { cause });
    this.name = 'ChunkLoadError';
  }
}

/** Runs a dynamic import, telling a failure to fetch the code from any other error. */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new ChunkLoadError(error);
  }
}
