import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationsDocument,
  type NotificationsQuery,
  StaleAfter,
  useGraphQLMutation,
  useGraphQLQuery,
  useInvalidateQueries,
} from '@lgx/web/data-access';

export type NotificationItem = NotificationsQuery['notifications']['edges'][number]['node'];

/** Notifications on one page. */
export const NOTIFICATIONS_PAGE_SIZE = 20;

/** One page of the viewer's notifications (after a cursor), and marking them read. */
export function useNotifications(signedIn: boolean, after: string | null) {
  const query = useGraphQLQuery(
    NotificationsDocument,
    { first: NOTIFICATIONS_PAGE_SIZE, after },
    { enabled: signedIn },
  );
  const invalidate = useInvalidateQueries();
  const settle = () => invalidate(StaleAfter.notificationChange);
  const markOne = useGraphQLMutation(MarkNotificationReadDocument, { onSuccess: settle });
  const markAll = useGraphQLMutation(MarkAllNotificationsReadDocument, { onSuccess: settle });
  return {
    ...query,
    markRead: (item: NotificationItem) => {
      if (!item.readAt) markOne.mutate({ id: item.id });
    },
    markAllRead: () => markAll.mutate({}),
    markingAll: markAll.isPending,
    markedAll: markAll.data?.markAllNotificationsRead,
    changeError: (markOne.error ?? markAll.error)?.message ?? null,
  };
}
