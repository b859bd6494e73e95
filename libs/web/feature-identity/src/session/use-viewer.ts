import { useGraphQLQuery, ViewerDocument } from '@lgx/web/data-access';

/** Who is using LGX now: shared by the header and every page that needs it. */
export function useViewer() {
  return useGraphQLQuery(ViewerDocument, {});
}
