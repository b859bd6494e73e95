import { useViewer } from '@lgx/web/data-access';
import { AccountNavigation, type RenderLink } from '@lgx/web/ui';
import { Link } from 'react-router';

import { useSignOut } from './use-sign-out';

const renderLink: RenderLink = ({ href, className, children }) => (
  <Link to={href} className={className}>
    {children}
  </Link>
);

/** The header's account links for whoever is using LGX now. */
export function AccountMenu() {
  const { data } = useViewer();
  const { signOut, signingOut } = useSignOut();
  const account = data?.viewer.account;
  return (
    <AccountNavigation
      person={data ? (account ? { name: account.name } : null) : undefined}
      renderLink={renderLink}
      onSignOut={signOut}
      signingOut={signingOut}
    />
  );
}
