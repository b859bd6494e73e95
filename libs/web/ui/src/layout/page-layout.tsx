import { type ReactNode, useState } from 'react';

import { Footer } from './footer';
import { HeaderSearch, HeaderSearchContext } from './header-search';
import type { RenderLink } from './render-link';
import { type NavigationItem, ServiceNavigation } from './service-navigation';

export { SERVICE_NAME } from './footer';
export type { NavigationItem } from './service-navigation';

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
        <ServiceNavigation
          navigation={navigation}
          renderLink={renderLink}
          accountNavigation={accountNavigation}
        />
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
      <Footer />
    </>
  );
}
