import { ViewerDocument, type ViewerQuery } from '../generated/graphql';
import { useGraphQLQuery } from '../use-graphql-query';

export type Viewer = ViewerQuery['viewer'];

/** Who is using LGX now: one query, and one cache, for the header and every page. */
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

/** Whether the viewer is an editor (or admin) of this council, who may write its case studies. */
export function isEditorOf(
  viewer: { council: { code: string } | null; councilRole: string | null } | undefined,
  councilCode: string,
): boolean {
  return (
    viewer?.council?.code === councilCode &&
    (viewer.councilRole === 'EDITOR' || viewer.councilRole === 'ADMIN')
  );
}
