import { CouncilMembersDocument, useGraphQLQuery, useViewer } from '@lgx/web/data-access';

/** The members of the viewer's council, for its admins. `council` is null when the viewer has none. */
export function useCouncilMembers() {
  const viewer = useViewer();
  const council = viewer.data ? (viewer.data.viewer.council ?? null) : undefined;
  const members = useGraphQLQuery(
    CouncilMembersDocument,
    { councilCode: council?.code ?? '' },
    { enabled: Boolean(council) },
  );
  return { viewer: viewer.data?.viewer, council, members };
}
