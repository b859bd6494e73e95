import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Outlet, Route, Routes } from 'react-router';

import { FeaturePages } from './feature-pages';
import type { LazyFeature } from './feature-routes';
import { PageFrame } from './page-frame';

function Broken(): never {
  throw new Error('secret stack detail');
}

const COUNCILS_ROUTES = [
  { path: 'councils', element: <h1>Councils</h1> },
  { path: 'councils/:code', element: <h1>A council</h1> },
  { path: 'councils/broken', element: <Broken /> },
];

function feature(sections: string[], routes: () => Promise<typeof COUNCILS_ROUTES>): LazyFeature {
  return { sections, routes: jest.fn(routes) };
}

// Awaited: React suspends on a feature's routes inside act, and only an awaited act lets it resume.
async function renderAt(path: string, features: readonly LazyFeature[]) {
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[path]}>
        <nav>
          <Link to="/councils">To councils</Link>
          <Link to="/councils/DER">To Derby</Link>
          <Link to="/search">To search</Link>
        </nav>
        <Routes>
          <Route
            element={
              <PageFrame>
                <Outlet />
              </PageFrame>
            }
          >
            <Route index element={<h1>Home</h1>} />
            <Route path="*" element={<FeaturePages features={features} />} />
          </Route>
        </Routes>
      </MemoryRouter>,
    );
  });
}

describe('FeaturePages', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('says the page is loading, then shows the feature’s page, loading its code once', async () => {
    let arrive: (routes: typeof COUNCILS_ROUTES) => void = () => undefined;
    const councils = feature(['councils'], () => new Promise((resolve) => (arrive = resolve)));
    await renderAt('/councils', [councils]);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the page…');
    await act(async () => arrive(COUNCILS_ROUTES));
    expect(await screen.findByRole('heading', { name: 'Councils' })).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'To Derby' }));
    expect(await screen.findByRole('heading', { name: 'A council' })).toBeVisible();
    expect(councils.routes).toHaveBeenCalledTimes(1);
  });

  it('shows the not-found page for a path no feature owns, without loading any', async () => {
    const councils = feature(['councils'], async () => COUNCILS_ROUTES);
    await renderAt('/no-such-page', [councils]);
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect(document.title).toMatch(/^Page not found/);
    expect(councils.routes).not.toHaveBeenCalled();
  });

  it('shows the not-found page for a path the feature does not know', async () => {
    const councils = feature(['councils'], async () => COUNCILS_ROUTES);
    await renderAt('/councils/DER/no-such-tab', [councils]);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'A council' })).toBeNull();
  });

  it('offers to reload when a feature’s code cannot be fetched, and tries again on the next page', async () => {
    let fail = true;
    const councils = feature(['councils'], async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return COUNCILS_ROUTES;
    });
    await renderAt('/councils', [councils]);
    expect(
      await screen.findByRole('heading', { name: 'This page could not be loaded' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    expect(document.title).toMatch(/^Error: This page could not be loaded/);
    expect(screen.queryByText(/Failed to fetch/)).toBeNull();
    expect(councils.routes).toHaveBeenCalledTimes(1);

    fail = false;
    // Awaited act, as the page suspends again while the code loads.
    await act(async () => screen.getByRole('link', { name: 'To Derby' }).click());
    expect(await screen.findByRole('heading', { name: 'A council' })).toBeVisible();
    expect(councils.routes).toHaveBeenCalledTimes(2);
  });

  it('shows a page that fails as a service problem, without its details, until another page opens', async () => {
    const councils = feature(['councils'], async () => COUNCILS_ROUTES);
    await renderAt('/councils/broken', [councils]);
    expect(await screen.findByRole('heading', { name: 'Sorry, there is a problem' })).toBeVisible();
    expect(screen.queryByText(/secret stack detail/)).toBeNull();
    await userEvent.click(screen.getByRole('link', { name: 'To councils' }));
    expect(await screen.findByRole('heading', { name: 'Councils' })).toBeVisible();
  });
});
