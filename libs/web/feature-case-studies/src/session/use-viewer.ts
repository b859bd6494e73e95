import { useGraphQLQuery, ViewerDocument, type ViewerQuery } from '@lgx/web/data-access';

export type Viewer = ViewerQuery['viewer'];

/** Who is using LGX now (the same query, and cache, as the header's). */
export function useViewer() {
  return useGraphQLQuery(ViewerDocument, {});
}

/** Whether the viewer may write case studies for their council: its editors and admins. */
export function canWriteCaseStudies(viewer: Viewer | undefined): boolean {
  return Boolean(
    viewer?.council && (viewer.councilRole === 'EDITOR' || viewer.councilRole === 'ADMIN'),
  );
}

/** Whether the viewer is a verified council officer (or works for LGX), who may see contact details. */
export function isOfficer(viewer: Viewer | undefined): boolean {
  return Boolean(viewer?.council) || (viewer?.platformRoles.length ?? 0) > 0;
}
