import {
  FollowDocument,
  FollowingDocument,
  type FollowKind,
  UnfollowDocument,
} from '../generated/graphql';
import { StaleAfter, useInvalidateQueries } from '../query-keys';
import { useViewer } from '../session/use-viewer';
import { useGraphQLMutation } from '../use-graphql-mutation';
import { useGraphQLQuery } from '../use-graphql-query';

export interface FollowTarget {
  kind: Exclude<FollowKind, 'SAVED_SEARCH'>;
  /** A council code, a topic key or a record's id, as the page knows it. */
  targetId: string;
}

/** What a follow button needs: whether the viewer follows the target, and a toggle. */
export interface FollowState {
  /** Null for a visitor (no button to show); undefined while loading. */
  following: boolean | null | undefined;
  toggle: () => void;
  pending: boolean;
  /** What went wrong with the last toggle, in words. */
  error: string | null;
}

/**
 * Follow or unfollow one council, topic, component, supplier or group. Reads
 * the viewer's follows once (one cached query for every button on the page).
 */
export function useFollow({ kind, targetId }: FollowTarget): FollowState {
  const viewer = useViewer();
  const signedIn = viewer.data ? Boolean(viewer.data.viewer.account) : undefined;
  const follows = useGraphQLQuery(FollowingDocument, {}, { enabled: signedIn === true });
  const invalidate = useInvalidateQueries();
  const settle = () => invalidate(StaleAfter.followChange);
  const follow = useGraphQLMutation(FollowDocument, { onSuccess: settle });
  const unfollow = useGraphQLMutation(UnfollowDocument, { onSuccess: settle });
  const wanted = targetId.trim().toUpperCase();
  const following =
    signedIn === false
      ? null
      : follows.data?.following.some(
          (item) => item.kind === kind && item.targetId.toUpperCase() === wanted,
        );
  const pending = follow.isPending || unfollow.isPending;
  const toggle = () => {
    if (pending || following === undefined || following === null) return;
    (following ? unfollow : follow).mutate({ input: { kind, targetId } });
  };
  const failed = follow.error ?? unfollow.error;
  return { following, toggle, pending, error: failed ? failed.message : null };
}
