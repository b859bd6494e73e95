import { GraphQLProvider } from '@lgx/web/data-access';
import { CouncilPage, CouncilsPage } from '@lgx/web/feature-councils';
import { PageLayout, usePageTitle } from '@lgx/web/ui';
import { type ReactNode, useEffect, useRef } from 'react';
import { createBrowserRouter, Link, Outlet, RouterProvider, useLocation } from 'react-router';

const NAVIGATION = [
  { href: '/', label: 'Home' },
  { href: '/councils', label: 'Councils' },
];

function renderLink({
  href,
  className,
  children,
  current,
}: {
  href: string;
  className: string;
  children: ReactNode;
  current?: boolean;
}) {
  return (
    <Link to={href} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** After client-side navigation, move focus to the page as a full page load would. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main-content')?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [pathname]);
}

function Shell() {
  const { pathname } = useLocation();
  useFocusOnNavigate();
  const navigation = NAVIGATION.map((item) => ({
    ...item,
    current: item.href === '/' ? pathname === '/' : pathname.startsWith(item.href),
  }));
  return (
    <PageLayout navigation={navigation} renderLink={renderLink}>
      <Outlet />
    </PageLayout>
  );
}

function HomePage() {
  usePageTitle('Home');
  return (
    <>
      <h1 className="govuk-heading-xl">Find out what other councils have done</h1>
      <p className="govuk-body-l">
        LGX, the LocalGov Exchange, is where UK councils share what they did, what it cost and what
        it saved; reuse each other&apos;s components; and buy together.
      </p>
      <p className="govuk-body">
        Start with the{' '}
        <Link className="govuk-link" to="/councils">
          register of councils
        </Link>
        .
      </p>
    </>
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

const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'councils', element: <CouncilsPage /> },
      { path: 'councils/:code', element: <CouncilPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <GraphQLProvider>
      <RouterProvider router={router} />
    </GraphQLProvider>
  );
}
