import {
  type DigestFrequency,
  FollowingDocument,
  type FollowingQuery,
  SetFollowDigestDocument,
  StaleAfter,
  UnfollowDocument,
  useGraphQLMutation,
  useGraphQLQuery,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { useState } from 'react';

export type FollowItem = FollowingQuery['following'][number];

/** The viewer's follows, with unfollow and the digest frequency of each; `said` tells what happened. */
export function useFollowing(signedIn: boolean) {
  const query = useGraphQLQuery(FollowingDocument, {}, { enabled: signedIn });
  const invalidate = useInvalidateQueries();
  const [said, setSaid] = useState('');
  const settle = () => invalidate(StaleAfter.followChange);
  const unfollow = useGraphQLMutation(UnfollowDocument, { onSuccess: settle });
  const digest = useGraphQLMutation(SetFollowDigestDocument, { onSuccess: settle });
  return {
    ...query,
    said,
    pending: unfollow.isPending || digest.isPending,
    changeError: (unfollow.error ?? digest.error)?.message ?? null,
    unfollow: (item: FollowItem) =>
      unfollow.mutate(
        { input: { kind: item.kind, targetId: item.targetId } },
        { onSuccess: () => setSaid(`You no longer follow ${item.name}.`) },
      ),
    setDigest: (item: FollowItem, frequency: DigestFrequency) =>
      digest.mutate(
        { id: item.id, digest: frequency },
        {
          onSuccess: () =>
            setSaid(`${item.name}: a ${frequency === 'DAILY' ? 'daily' : 'weekly'} digest.`),
        },
      ),
  };
}
