import { Tag } from '@lgx/web/ui';
import { Link } from 'react-router';

import type { NotificationItem } from '../hooks/use-notifications';
import { whenLabel } from '../model/follow-labels';

interface NotificationListProps {
  notifications: readonly NotificationItem[];
  /** Opening one marks it read. */
  onOpen: (item: NotificationItem) => void;
}

/** Notifications, newest first: each links to what it is about and says why it came. */
export function NotificationList({ notifications, onOpen }: NotificationListProps) {
  return (
    <ul className="govuk-list govuk-list--spaced lgx-notifications">
      {notifications.map((item) => (
        <li key={item.id} className="govuk-!-margin-bottom-4">
          <p className="govuk-body govuk-!-margin-bottom-1">
            {!item.readAt && (
              <>
                <Tag colour="blue">New</Tag>{' '}
              </>
            )}
            <Link
              className="govuk-link govuk-!-font-weight-bold"
              to={item.url}
              onClick={() => onOpen(item)}
            >
              {item.title}
            </Link>
          </p>
          <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-0">
            {item.reason}. {whenLabel(String(item.createdAt))}
          </p>
        </li>
      ))}
    </ul>
  );
}
