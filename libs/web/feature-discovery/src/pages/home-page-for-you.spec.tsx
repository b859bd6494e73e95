import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { HomePage } from './home-page';

// Records on globalThis whether the "for you" panel's module was ever loaded: a static import
// would load it with the home page's own module, before this file's constants exist.
const LOADED = 'forYouPanelLoaded';
const loaded = () => (globalThis as Record<string, unknown>)[LOADED] === true;
jest.mock('../components/for-you-panel', () => {
  (globalThis as Record<string, unknown>)['forYouPanelLoaded'] = true;
  return { ForYou: () => <p>The for you panel</p> };
});

const LISTS = { data: { frontDoor: { newestCaseStudies: [], mostAdoptedComponents: [] } } };
const FAILED = { errors: [{ message: 'Down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
const VISITOR = {
  data: { viewer: { ...DERBY_EDITOR_VIEWER.data.viewer, account: null, council: null } },
};

function renderHomeFor(viewer: object) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const received = fakeGraphQLApi({
    Viewer: () => viewer,
    FrontDoorFigures: () => FAILED,
    FrontDoorLists: () => LISTS,
  });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <HomePage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { client, received };
}

describe('HomePage’s "for you" panel', () => {
  it('is never downloaded for a visitor', async () => {
    const { client, received } = renderHomeFor(VISITOR);
    await waitFor(() => expect(received.map((request) => request.operation)).toContain('Viewer'));
    await waitFor(() => expect(client.isFetching()).toBe(0));
    expect(screen.queryByText('The for you panel')).toBeNull();
    expect(loaded()).toBe(false);
  });

  it('loads when someone is signed in', async () => {
    renderHomeFor(DERBY_EDITOR_VIEWER);
    expect(await screen.findByText('The for you panel')).toBeInTheDocument();
    expect(loaded()).toBe(true);
  });
});
