import type { FormEvent, ReactNode } from 'react';

import type { RenderLink } from './render-link';

interface AccountNavigationProps {
  /** The signed-in person, or null for a visitor; undefined while that is not known yet. */
  person: { name: string } | null | undefined;
  renderLink: RenderLink;
  onSignOut: () => void;
  signingOut: boolean;
  /** The signed-in person's unread notifications; undefined while not known. */
  unreadNotifications?: number;
}

/** "Notifications" with its unread count, said in full for screen readers. */
function notificationsLabel(unread: number | undefined): ReactNode {
  if (!unread) return 'Notifications';
  return (
    <>
      Notifications <span className="lgx-account-navigation__count">{unread}</span>
      <span className="govuk-visually-hidden"> unread</span>
    </>
  );
}

/**
 * The header's account links: "Sign in" and "Create an account" for visitors;
 * the person's name, their notifications (with the unread count), what they
 * follow, "Your account" and a "Sign out" button for everyone else.
 */
export function AccountNavigation({
  person,
  renderLink,
  onSignOut,
  signingOut,
  unreadNotifications,
}: AccountNavigationProps) {
  if (person === undefined) return null;
  const link = (href: string, children: ReactNode) =>
    renderLink({ href, className: 'govuk-link govuk-link--no-visited-state', children });
  const signOut = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!signingOut) onSignOut();
  };
  return (
    <nav aria-label="Your account" className="lgx-account-navigation">
      <ul className="lgx-account-navigation__list">
        {person ? (
          <>
            <li className="lgx-account-navigation__item lgx-account-navigation__name">
              <span className="govuk-visually-hidden">Signed in as </span>
              {person.name}
            </li>
            <li className="lgx-account-navigation__item">
              {link('/notifications', notificationsLabel(unreadNotifications))}
            </li>
            <li className="lgx-account-navigation__item">{link('/following', 'Following')}</li>
            <li className="lgx-account-navigation__item">{link('/account', 'Your account')}</li>
            <li className="lgx-account-navigation__item">
              <form method="post" onSubmit={signOut}>
                <button
                  type="submit"
                  className="lgx-link-button"
                  data-prevent-double-click="true"
                  aria-disabled={signingOut ? true : undefined}
                >
                  Sign out
                </button>
              </form>
            </li>
          </>
        ) : (
          <>
            <li className="lgx-account-navigation__item">{link('/sign-in', 'Sign in')}</li>
            <li className="lgx-account-navigation__item">
              {link('/create-account', 'Create an account')}
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
