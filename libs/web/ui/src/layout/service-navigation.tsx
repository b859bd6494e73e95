import { type ReactNode, useState } from 'react';

import { SERVICE_NAME } from './footer';
import type { RenderLink } from './render-link';
import { TABLET_AND_WIDER, useMediaQuery } from './use-media-query';

export interface NavigationItem {
  href: string;
  label: string;
  current: boolean;
}

/**
 * GOV.UK service navigation: the service name, the menu, and the account links.
 * On a phone the menu folds behind a "Menu" button, as GOV.UK Frontend's own
 * script does it: the button says whether it is open (aria-expanded), and
 * choosing a page folds it again.
 */
export function ServiceNavigation({
  navigation,
  renderLink,
  accountNavigation,
}: {
  navigation: NavigationItem[];
  renderLink: RenderLink;
  accountNavigation?: ReactNode;
}) {
  const wide = useMediaQuery(TABLET_AND_WIDER);
  const [open, setOpen] = useState(false);
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container govuk-service-navigation__inlining-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            {renderLink({
              href: '/',
              className: 'govuk-service-navigation__link',
              children: SERVICE_NAME,
            })}
          </span>
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls="navigation"
              hidden={wide}
              aria-hidden={wide || undefined}
              aria-expanded={wide ? undefined : open}
              onClick={() => setOpen(!open)}
            >
              Menu
            </button>
            <ul className="govuk-service-navigation__list" id="navigation" hidden={!wide && !open}>
              {navigation.map((item) => (
                <li
                  key={item.href}
                  className={`govuk-service-navigation__item${item.current ? ' govuk-service-navigation__item--active' : ''}`}
                >
                  {renderLink({
                    href: item.href,
                    className: 'govuk-service-navigation__link',
                    current: item.current,
                    onClick: () => setOpen(false),
                    children: item.current ? (
                      <strong className="govuk-service-navigation__active-fallback">
                        {item.label}
                      </strong>
                    ) : (
                      item.label
                    ),
                  })}
                </li>
              ))}
            </ul>
          </nav>
        </div>
        {accountNavigation}
      </div>
    </section>
  );
}
