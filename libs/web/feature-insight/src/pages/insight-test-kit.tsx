// Shared by this feature's page specs (not a spec itself).
import { DERBY_EDITOR_VIEWER } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';

/** The viewer query's answer for a person of this council in this role (none: a visitor). */
export const viewerAs = (
  council: { code: string; name: string } | null,
  councilRole: string | null,
) => ({
  data: { viewer: { ...DERBY_EDITOR_VIEWER.data.viewer, council, councilRole } },
});

/**
 * Renders `page` on its route `path` (with its parameters, as routes.tsx
 * declares it) at the address `url`, with a fresh query client that never retries.
 */
export function renderPageAt(path: string, url: string, page: ReactElement) {
  return render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path={path} element={page} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

/** Lays tables out wider than their boxes, as on a phone: jsdom measures nothing. */
export function onAPhone() {
  jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(358);
}

/** WCAG A and AA problems axe finds in the page (colours need a browser: the journey checks them). */
export async function expectNoAxeViolations() {
  const { violations } = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(violations.map(({ id, nodes }) => `${id} (${nodes.length})`)).toEqual([]);
}
