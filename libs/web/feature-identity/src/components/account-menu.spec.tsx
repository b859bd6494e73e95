import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { AccountMenu } from './account-menu';

function renderMenu() {
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter>
        <AccountMenu />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('AccountMenu: the unread count in the header', () => {
  it('shows a signed-in person their unread notifications, said in full', async () => {
    fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 3 } }),
    });
    renderMenu();
    const link = await screen.findByRole('link', { name: 'Notifications 3 unread' });
    expect(link).toHaveAttribute('href', '/notifications');
    expect(screen.getByRole('link', { name: 'Following' })).toHaveAttribute('href', '/following');
  });

  it('shows no count when nothing is unread', async () => {
    fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 0 } }),
    });
    renderMenu();
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('asks nothing of notifications for a visitor', async () => {
    const sent = fakeGraphQLApi({
      Viewer: () => ({
        data: {
          viewer: {
            ...DERBY_EDITOR_VIEWER.data.viewer,
            account: null,
            council: null,
            councilRole: null,
          },
        },
      }),
    });
    renderMenu();
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Notifications/ })).not.toBeInTheDocument();
    await waitFor(() => expect(sent.map((request) => request.operation)).toEqual(['Viewer']));
  });
});
