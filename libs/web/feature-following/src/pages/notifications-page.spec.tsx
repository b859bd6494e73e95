import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';

import { NotificationsPage } from './notifications-page';

const note = (id: string, title: string, readAt: string | null = null) => ({
  id,
  kind: 'FOLLOWED',
  title,
  reason: 'You follow Derby City Council',
  url: `/case-studies/${id}`,
  createdAt: '2026-12-01T09:05:00.000Z',
  readAt,
});

const page = (nodes: unknown[], endCursor: string | null = null) => ({
  data: {
    notifications: {
      totalCount: nodes.length,
      pageInfo: { hasNextPage: endCursor !== null, endCursor },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

function renderPage(path = '/notifications') {
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="/case-studies/:id" element={<p>A case study</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('NotificationsPage', () => {
  it('lists notifications newest first, new ones tagged, each linking to what it is about', async () => {
    const sent = fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      Notifications: () =>
        page(
          [note('n2', 'Chatbot triage'), note('n1', 'Bin days', '2026-12-01T10:00:00.000Z')],
          'c1',
        ),
      MarkNotificationRead: () => ({ data: { markNotificationRead: { id: 'n2', readAt: 'now' } } }),
    });
    renderPage();
    const items = within(await screen.findByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'New Chatbot triage',
      'Bin days',
    ]);
    expect(items[0]).toHaveTextContent(/You follow Derby City Council\. 1 December 2026 at/);
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      '/notifications?after=c1',
    );
    await userEvent.click(screen.getByRole('link', { name: 'Chatbot triage' }));
    await screen.findByText('A case study');
    expect(sent.find((request) => request.operation === 'MarkNotificationRead')?.variables).toEqual(
      {
        id: 'n2',
      },
    );
    expect(sent.find((request) => request.operation === 'Notifications')?.variables).toEqual({
      first: 20,
      after: null,
    });
  });

  it('marks all read at a press and says how many', async () => {
    let unread = true;
    fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      Notifications: () => page([note('n1', 'Bin days', unread ? null : 'now')]),
      MarkAllNotificationsRead: () => {
        unread = false;
        return { data: { markAllNotificationsRead: 1 } };
      },
    });
    renderPage('/notifications?after=c0');
    expect(await screen.findByText('New')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByText('1 marked read.')).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Bin days' });
    expect(screen.queryByText('New')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Newest' })).toHaveAttribute('href', '/notifications');
  });

  it('says what to do when there is nothing yet', async () => {
    fakeGraphQLApi({ Viewer: () => DERBY_EDITOR_VIEWER, Notifications: () => page([]) });
    renderPage();
    expect(await screen.findByText(/Nothing yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'what you follow' })).toHaveAttribute(
      'href',
      '/following',
    );
  });
});
