import { type ReactNode, useState } from 'react';

import { HeaderSearch, HeaderSearchContext } from './header-search';
import type { RenderLink } from './render-link';

export const SERVICE_NAME = 'LGX, the LocalGov Exchange';

export interface NavigationItem {
  href: string;
  label: string;
  current: boolean;
}

interface PageLayoutProps {
  navigation: NavigationItem[];
  renderLink: RenderLink;
  /** The account links, at the end of the service navigation. */
  accountNavigation?: ReactNode;
  children: ReactNode;
}

/**
 * The GOV.UK page template for a service that is not on GOV.UK: skip link,
 * generic header with a search box, service navigation, phase banner, main
 * and footer.
 */
export function PageLayout({
  navigation,
  renderLink,
  accountNavigation,
  children,
}: PageLayoutProps) {
  const [searchHidden, setSearchHidden] = useState(false);
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header>
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container lgx-generic-header__container">
            <div className="govuk-generic-header__logo">
              {renderLink({
                href: '/',
                className: 'govuk-generic-header__homepage-link',
                children: 'LGX',
              })}
            </div>
            {!searchHidden && <HeaderSearch />}
          </div>
        </div>
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
        <div className="govuk-width-container">
          <div className="govuk-phase-banner">
            <p className="govuk-phase-banner__content">
              <strong className="govuk-tag govuk-phase-banner__content__tag">Alpha</strong>
              <span className="govuk-phase-banner__text">
                This is a new service. Content marked as sample content is for demonstration.
              </span>
            </p>
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <HeaderSearchContext value={setSearchHidden}>{children}</HeaderSearchContext>
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <p className="govuk-body-s">
                {SERVICE_NAME}: councils sharing what works. Council register from{' '}
                <a
                  className="govuk-footer__link"
                  href="https://github.com/mysociety/uk_local_authority_names_and_codes"
                >
                  mySociety&apos;s UK local authority names and codes
                </a>{' '}
                (MIT licence).
              </p>
              <span className="govuk-footer__licence-description">
                All content is available under the{' '}
                <a
                  className="govuk-footer__link"
                  href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                  rel="license"
                >
                  Open Government Licence v3.0
                </a>
                , except where otherwise stated
              </span>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
