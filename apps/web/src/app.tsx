import { GraphQLProvider, useViewer } from '@lgx/web/data-access';
import { identityNavigation } from '@lgx/web/feature-identity';
import { PageLayout, usePageTitle } from '@lgx/web/ui';
import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { createBrowserRouter, Link, Outlet, RouterProvider, useLocation } from 'react-router';

import { patchFeatureRoutes, SHELL_ROUTE } from './feature-routes';

// The header's account links show nothing until the viewer is known: their code loads
// beside that request rather than in the first route's budget (decision 0066).
const AccountMenu = lazy(() =>
  import('@lgx/web/feature-identity').then((feature) => ({ default: feature.AccountMenu })),
);

const NAVIGATION = [
  { href: '/', label: 'Home', section: '/' },
  { href: '/case-studies', label: 'Case studies', section: '/case-studies' },
  { href: '/councils', label: 'Councils', section: '/councils' },
  { href: '/components', label: 'Components', section: '/components' },
  { href: '/topics', label: 'Topics', section: '/topics' },
  { href: '/sector-map', label: 'Sector map', section: '/sector-map' },
  { href: '/procurement-groups', label: 'Procurement groups', section: '/procurement-groups' },
  { href: '/suppliers', label: 'Suppliers', section: '/supplier' },
];

function renderLink({
  href,
  className,
  children,
  current,
  onClick,
}: {
  href: string;
  className: string;
  children: ReactNode;
  current?: boolean;
  onClick?: () => void;
}) {
  return (
    <Link
      to={href}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={onClick}
    >
      {children}
    </Link>
  );
}

/**
 * After client-side navigation, move focus to the page as a full page load
 * would; unless the new page already moved it to something that asks for it
 * (an error summary, a success banner), as children's effects run first.
 */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  // The path focus was last placed for: not the first page, and not twice
  // for one page (StrictMode runs effects twice in development).
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main-content');
    const active = document.activeElement;
    const placed =
      active !== main && main?.contains(active) && active?.getAttribute('tabindex') === '-1';
    if (!placed) {
      main?.focus({ preventScroll: false });
      window.scrollTo(0, 0);
    }
  }, [pathname]);
}

function Shell() {
  const { pathname } = useLocation();
  const viewer = useViewer().data?.viewer;
  useFocusOnNavigate();
  const navigation = [...NAVIGATION, ...identityNavigation(viewer)].map(
    ({ href, label, section }) => ({
      href,
      label,
      current: section === '/' ? pathname === '/' : pathname.startsWith(section),
    }),
  );
  return (
    <PageLayout
      navigation={navigation}
      renderLink={renderLink}
      accountNavigation={
        <Suspense fallback={null}>
          <AccountMenu />
        </Suspense>
      }
    >
      <Outlet />
    </PageLayout>
  );
}

function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        You can{' '}
        <Link className="govuk-link" to="/councils">
          browse councils
        </Link>{' '}
        instead.
      </p>
    </>
  );
}

// The other features' pages join the layout when first opened (feature-routes.ts).
const router = createBrowserRouter(
  [
    {
      id: SHELL_ROUTE,
      element: <Shell />,
      children: [
        // The front door is discovery's: its figures and lists load with it.
        {
          index: true,
          lazy: async () => ({
            Component: (await import('@lgx/web/feature-discovery')).HomePage,
          }),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { patchRoutesOnNavigation: patchFeatureRoutes() },
);

export function App() {
  return (
    <GraphQLProvider>
      <RouterProvider router={router} />
    </GraphQLProvider>
  );
}
