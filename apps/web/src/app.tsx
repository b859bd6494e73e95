import { GraphQLProvider, useViewer } from '@lgx/web/data-access';
import { identityNavigation } from '@lgx/web/feature-identity';
import { PageLayout } from '@lgx/web/ui';
import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { BrowserRouter, Link, Outlet, useLocation, useRoutes } from 'react-router';

import { FeaturePages } from './feature-pages';
import { loadChunk } from './feature-routes';
import { PageFrame } from './page-frame';

// The header's account links show nothing until the viewer is known: their code loads
// beside that request rather than in the first route's budget (decision 0066).
const AccountMenu = lazy(() =>
  import('@lgx/web/feature-identity').then((feature) => ({ default: feature.AccountMenu })),
);

// The front door is discovery's, but only the home page and what it uses load with it.
const HomePage = lazy(() =>
  loadChunk(() => import('@lgx/web/feature-discovery/home')).then((home) => ({
    default: home.HomePage,
  })),
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
      <PageFrame>
        <Outlet />
      </PageFrame>
    </PageLayout>
  );
}

// React Router's declarative mode (decision 0072): the home page, and every other path to the
// feature that owns its first part (feature-routes.ts), whose pages load when first opened.
function AppRoutes() {
  return useRoutes([
    {
      element: <Shell />,
      children: [
        { index: true, element: <HomePage /> },
        { path: '*', element: <FeaturePages /> },
      ],
    },
  ]);
}

export function App() {
  return (
    <GraphQLProvider>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </GraphQLProvider>
  );
}
