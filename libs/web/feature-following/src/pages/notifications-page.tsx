import { useViewer } from '@lgx/web/data-access';
import { Button, FirstAndNextPages, Loading, ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';
import { Link, useSearchParams } from 'react-router';

import { NotificationList } from '../components/notification-list';
import { SignInFirst } from '../components/sign-in-first';
import { useNotifications } from '../hooks/use-notifications';

const TITLE = 'Notifications';

/** The viewer's notifications, newest first, a page at a time; mark one or all read. */
export function NotificationsPage() {
  const viewer = useViewer();
  const signedIn = Boolean(viewer.data?.viewer.account);
  const [params] = useSearchParams();
  const after = params.get('after');
  const notifications = useNotifications(signedIn, after);
  usePageTitle(TITLE, Boolean(notifications.changeError));
  if (viewer.data && !signedIn)
    return <SignInFirst title={TITLE} why="to see what you have been told of." />;
  if (notifications.error) return <ServiceProblem message={notifications.error.message} />;
  const page = notifications.data?.notifications;
  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body" role="status">
        {notifications.markedAll !== undefined && `${notifications.markedAll} marked read.`}
      </p>
      {notifications.changeError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {notifications.changeError}
        </p>
      )}
      {!page ? (
        <Loading label="Loading your notifications" />
      ) : page.totalCount === 0 ? (
        <p className="govuk-body">
          Nothing yet. Follow councils, topics, components, suppliers or groups, or save a search,
          to hear of what is new; see{' '}
          <Link className="govuk-link" to="/following">
            what you follow
          </Link>
          .
        </p>
      ) : (
        <>
          <Button
            type="button"
            variant="secondary"
            busy={notifications.markingAll}
            onClick={notifications.markAllRead}
          >
            Mark all as read
          </Button>
          <NotificationList
            notifications={page.edges.map((edge) => edge.node)}
            onOpen={notifications.markRead}
          />
          <FirstAndNextPages
            label="Pages of notifications"
            first={after ? { href: '/notifications', title: 'Newest' } : undefined}
            next={
              page.pageInfo.hasNextPage && page.pageInfo.endCursor
                ? `/notifications?after=${encodeURIComponent(page.pageInfo.endCursor)}`
                : undefined
            }
            renderLink={routerLink}
          />
        </>
      )}
    </>
  );
}
