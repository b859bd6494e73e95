import type { GraphQLRequestError } from '@lgx/web/data-access';
import { Loading } from '@lgx/web/ui';
import type { ReactElement } from 'react';

import { MemberNotFound } from './member-not-found';
import { PermissionDenied } from './permission-denied';
import { QueryFailure } from './query-failure';

/**
 * What a page about one council member shows until it has the member: no
 * council, a failure, loading, or not found; null once the page can show.
 */
export function councilMemberGate({
  council,
  members,
  found,
}: {
  council: object | null | undefined;
  members: { data?: unknown; error: GraphQLRequestError | null };
  found: boolean;
}): ReactElement | null {
  if (council === null) return <PermissionDenied reason="You are not a member of a council." />;
  if (members.error) return <QueryFailure error={members.error} />;
  if (!members.data) return <Loading label="Loading the member" />;
  if (!found) return <MemberNotFound />;
  return null;
}
