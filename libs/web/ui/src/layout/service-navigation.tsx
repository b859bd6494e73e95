import type { ReactNode } from 'react';

import { SERVICE_NAME } from './footer';
import type { RenderLink } from './render-link';

export interface NavigationItem {
  href: string;
  label: string;
  current: boolean;
}

/** GOV.UK service navigation: the service name, the menu, and the account links. */
export function ServiceNavigation({
  navigation,
  renderLink,
  accountNavigation,
}: {
  navigation: NavigationItem[];
  renderLink: RenderLink;
  accountNavigation?: ReactNode;
}) {
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
            <ul className="govuk-service-navigation__list" id="navigation">
              {navigation.map((item) => (
                <li
                  key={item.href}
                  className={`govuk-service-navigation__item${item.current ? ' govuk-service-navigation__item--active' : ''}`}
                >
                  {renderLink({
                    href: item.href,
                    className: 'govuk-service-navigation__link',
                    current: item.current,
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
