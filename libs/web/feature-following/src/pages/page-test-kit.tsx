// Shared by this feature's page specs (not a spec itself).
import { fakeGraphQLApi, VISITOR_VIEWER } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';

/** Renders a page at `path` with a fresh query client (no retries). */
export function renderPageAt(path: string, page: ReactElement) {
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={[path]}>{page}</MemoryRouter>
    </QueryClientProvider>,
  );
}

/** Fails on any WCAG 2.2 AA violation axe finds in the page as rendered. */
export async function expectNoAxeViolations() {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    // jsdom lays nothing out: colours are checked in the browser journeys.
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(results.violations).toEqual([]);
}

/** A visitor is asked to sign in, and the page asks the API for nothing but who they are. */
export async function expectSignInFirst(path: string, page: ReactElement) {
  const sent = fakeGraphQLApi({ Viewer: () => VISITOR_VIEWER });
  renderPageAt(path, page);
  expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  await waitFor(() => expect(sent.map((request) => request.operation)).toEqual(['Viewer']));
}
