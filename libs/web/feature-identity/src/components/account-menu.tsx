import { useUnreadNotificationCount, useViewer } from '@lgx/web/data-access';
import { AccountNavigation } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';

import { useSignOut } from '../hooks/use-sign-out';

/** The header's account links for whoever is using LGX now. */
export function AccountMenu() {
  const { data } = useViewer();
  const { signOut, signingOut } = useSignOut();
  const account = data?.viewer.account;
  const unread = useUnreadNotificationCount(Boolean(account));
  return (
    <AccountNavigation
      person={data ? (account ? { name: account.name } : null) : undefined}
      renderLink={routerLink}
      onSignOut={signOut}
      signingOut={signingOut}
      unreadNotifications={unread}
    />
  );
}
