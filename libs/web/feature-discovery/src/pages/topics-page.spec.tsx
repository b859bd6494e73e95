import { allTopics } from '@lgx/shared/domain';
import { fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { TopicsPage } from './topics-page';

const TOPICS = allTopics().map((topic) => ({
  key: topic.followKey,
  kind: topic.kind,
  kindLabel: '',
  slug: topic.slug,
  name: topic.name,
  url: topic.path,
  caseStudyCount: topic.key === 'HOUSING' ? 1203 : 0,
  componentCount: topic.kind === 'objective' ? null : topic.key === 'HOUSING' ? 3 : 0,
}));

function renderTopics(answer: () => unknown) {
  fakeGraphQLApi({ Topics: answer });
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={['/topics']}>
        <TopicsPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('TopicsPage', () => {
  it('lists every topic by kind, linked to its page, with its counts', async () => {
    renderTopics(() => ({ data: { topics: TOPICS } }));
    const areas = await screen.findByRole('table', { name: /^Service areas/ });
    const housing = within(areas).getByRole('row', { name: /Housing and homelessness/ });
    expect(within(housing).getByRole('link')).toHaveAttribute(
      'href',
      '/topics/service-area/housing',
    );
    expect(
      within(housing)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1,203', '3']);
    const objectives = screen.getByRole('table', { name: /^Strategic objectives/ });
    // Components have no strategic objectives: no column for them.
    expect(
      within(objectives)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Topic', 'Case studies']);
    expect(
      screen
        .getAllByRole('link', { name: /./ })
        .filter((a) => a.getAttribute('href')?.startsWith('/topics/')),
    ).toHaveLength(TOPICS.length);
    expect(screen.getByRole('table', { name: /^Technologies/ })).toBeInTheDocument();
  });

  it('scrolls each kind of topic sideways in a box of its own on a phone, each row headed by its topic', async () => {
    // jsdom lays nothing out: the tables are wider than their boxes, as at 390 px.
    jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(358);
    renderTopics(() => ({ data: { topics: TOPICS } }));
    const name = 'Service areas, with their published case studies and components';
    const box = await screen.findByRole('region', { name });
    const areas = within(box).getByRole('table', { name });
    expect(
      within(areas).getByRole('rowheader', { name: 'Housing and homelessness' }),
    ).toBeInTheDocument();
    for (const table of screen.getAllByRole('table')) {
      const caption = table.querySelector('caption')!.textContent!;
      expect(screen.getByRole('region', { name: caption })).toContainElement(table);
    }
    jest.restoreAllMocks();
  });

  it('says so when the topics cannot be counted', async () => {
    renderTopics(() => ({
      errors: [{ message: 'Search is unavailable', extensions: { code: 'SEARCH_UNAVAILABLE' } }],
    }));
    expect(await screen.findByText(/Topics cannot be listed just now/)).toBeInTheDocument();
  });
});
