import { FollowedNewsDocument, MarkNotificationReadDocument } from '../generated/graphql';
import { StaleAfter, useInvalidateQueries } from '../query-keys';
import { useGraphQLMutation } from '../use-graphql-mutation';
import { useGraphQLQuery } from '../use-graphql-query';

/** How many pieces of news of what one follows the home page shows. */
export const FOLLOWED_NEWS_SHOWN = 5;

/** A notification of something followed, with its dates as ISO text. */
export interface FollowedNewsItem {
  id: string;
  title: string;
  reason: string;
  url: string;
  createdAt: string;
  readAt: string | null;
}

/**
 * The newest notifications of what the viewer follows (not those addressed to
 * them), and marking one read when opened, as the notifications page does.
 * Signed-in only, so it waits until `enabled`.
 */
export function useFollowedNews({ enabled }: { enabled: boolean }) {
  const query = useGraphQLQuery(FollowedNewsDocument, { first: FOLLOWED_NEWS_SHOWN }, { enabled });
  const invalidate = useInvalidateQueries();
  const markOne = useGraphQLMutation(MarkNotificationReadDocument, {
    onSuccess: () => invalidate(StaleAfter.notificationChange),
  });
  const connection = query.data?.notifications;
  const news: FollowedNewsItem[] =
    connection?.edges.map(({ node }) => ({
      ...node,
      createdAt: String(node.createdAt),
      readAt: node.readAt ? String(node.readAt) : null,
    })) ?? [];
  return {
    news,
    totalCount: connection?.totalCount ?? 0,
    loading: query.isPending,
    loadError: query.error?.message,
    markRead: (item: FollowedNewsItem) => {
      if (!item.readAt) markOne.mutate({ id: item.id });
    },
  };
}
