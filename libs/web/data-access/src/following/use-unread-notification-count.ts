import { UnreadNotificationCountDocument } from '../generated/graphql';
import { useGraphQLQuery } from '../use-graphql-query';

/** The signed-in viewer's unread notifications, for the header; undefined for a visitor or while loading. */
export function useUnreadNotificationCount(signedIn: boolean): number | undefined {
  const { data } = useGraphQLQuery(UnreadNotificationCountDocument, {}, { enabled: signedIn });
  return signedIn ? data?.unreadNotificationCount : undefined;
}
