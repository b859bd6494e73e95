import { DERBY_EDITOR_VIEWER, fakeGraphQLApi, VISITOR_VIEWER } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';

import { TopicPage } from './topic-page';

const hit = (id: string, title: string, url: string) => ({
  id,
  title,
  summary: '',
  url,
  councilName: 'Derby',
  publishedAt: '2026-03-03T10:00:00.000Z',
  adoptionCount: 2,
});

const HOUSING = {
  key: 'SERVICE_AREA:HOUSING',
  kind: 'service-area',
  kindLabel: 'Service area',
  slug: 'housing',
  name: 'Housing and homelessness',
  description: 'What a council delivers.',
  url: '/topics/service-area/housing',
  facet: 'serviceAreas',
  caseStudyCount: 14,
  componentCount: 1,
  caseStudies: [hit('s1', 'Rough sleeping outreach app', '/case-studies/s1')],
  components: [hit('c1', 'Housing register form', '/components/c1')],
};

const NET_ZERO = {
  ...HOUSING,
  key: 'STRATEGIC_OBJECTIVE:NET_ZERO',
  kind: 'objective',
  kindLabel: 'Strategic objective',
  slug: 'net-zero',
  name: 'Net zero',
  facet: 'objectives',
  caseStudyCount: 0,
  componentCount: null,
  caseStudies: [],
  components: [],
};

function renderAt(path: string, answers: Parameters<typeof fakeGraphQLApi>[0]) {
  const sent = fakeGraphQLApi({ Viewer: () => VISITOR_VIEWER, ...answers });
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/topics/:kind/:slug" element={<TopicPage />} />
          <Route path="/topics/:kind" element={<TopicPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return sent;
}

const topicAnswer = (variables: Record<string, unknown>) => ({
  data: {
    topic:
      variables['kind'] === 'service-area' && variables['slug'] === 'housing'
        ? HOUSING
        : variables['kind'] === 'objective' && variables['slug'] === 'net-zero'
          ? NET_ZERO
          : null,
  },
});

describe('TopicPage', () => {
  it('shows the topic, its case studies and components, and links to all of them in search', async () => {
    renderAt('/topics/service-area/housing', { TopicPage: topicAnswer });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Housing and homelessness' }),
    ).toBeInTheDocument();
    expect(screen.getByText('What a council delivers.')).toBeInTheDocument();
    const studies = screen.getByRole('region', { name: 'Case studies (14)' });
    expect(
      within(studies).getByRole('link', { name: 'Rough sleeping outreach app' }),
    ).toHaveAttribute('href', '/case-studies/s1');
    expect(
      within(studies).getByRole('link', {
        name: 'See all 14 case studies about Housing and homelessness in search',
      }),
    ).toHaveAttribute('href', '/search?type=case-study&serviceAreas=Housing+and+homelessness');
    expect(
      screen.getByRole('link', { name: 'Atom feed of Housing and homelessness' }),
    ).toHaveAttribute(
      'href',
      '/feeds/search.atom?type=case-study&type=component&serviceAreas=Housing+and+homelessness',
    );
    expect(document.head.querySelector('link[rel="alternate"]')).toHaveAttribute(
      'title',
      'Housing and homelessness on LGX',
    );
    const components = screen.getByRole('region', { name: 'Reusable components (1)' });
    expect(
      within(components).getByRole('link', { name: 'Housing register form' }),
    ).toBeInTheDocument();
  });

  it('asks a visitor to sign in to follow, and to come back here', async () => {
    renderAt('/topics/service-area/housing', { TopicPage: topicAnswer });
    const link = await screen.findByRole('link', {
      name: 'Sign in to follow Housing and homelessness',
    });
    expect(link).toHaveAttribute('href', '/sign-in?returnTo=%2Ftopics%2Fservice-area%2Fhousing');
    expect(screen.queryByRole('button', { name: /Follow/ })).toBeNull();
  });

  it('lets a signed-in officer follow the topic by its key', async () => {
    let following: { kind: string; targetId: string }[] = [];
    const sent = renderAt('/topics/service-area/housing', {
      TopicPage: topicAnswer,
      Viewer: () => DERBY_EDITOR_VIEWER,
      Following: () => ({
        data: {
          following: following.map((follow) => ({
            ...follow,
            id: 'f1',
            name: 'Housing and homelessness',
            url: '/topics/service-area/housing',
            digest: 'DAILY',
            createdAt: '2026-03-03T10:00:00.000Z',
          })),
        },
      }),
      Follow: (variables) => {
        following = [(variables as { input: { kind: string; targetId: string } }).input];
        return {
          data: {
            follow: {
              ...following[0],
              id: 'f1',
              name: '',
              url: '',
              digest: 'DAILY',
              createdAt: '2026-03-03T10:00:00.000Z',
            },
          },
        };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Follow Housing and homelessness' }));
    expect(
      await screen.findByRole('button', { name: 'Unfollow Housing and homelessness' }),
    ).toBeInTheDocument();
    expect(sent.find((request) => request.operation === 'Follow')?.variables).toEqual({
      input: { kind: 'TOPIC', targetId: 'SERVICE_AREA:HOUSING' },
    });
    expect(screen.queryByRole('link', { name: /Sign in to follow/ })).toBeNull();
  });

  it('has no components section for a strategic objective, and says when nothing is published yet', async () => {
    renderAt('/topics/objective/net-zero', { TopicPage: topicAnswer });
    expect(await screen.findByRole('heading', { level: 1, name: 'Net zero' })).toBeInTheDocument();
    expect(
      screen.getByText('No council has published a case study about Net zero yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Search every case study for Net zero' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Reusable components/ })).toBeNull();
  });

  it('explains an unknown value, and lists the topics of that kind and the index', async () => {
    renderAt('/topics/service-area/balloons', { TopicPage: topicAnswer });
    expect(await screen.findByRole('heading', { name: 'Topic not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no service area “balloons”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'every topic' })).toHaveAttribute('href', '/topics');
    expect(screen.getByRole('link', { name: 'Housing and homelessness' })).toHaveAttribute(
      'href',
      '/topics/service-area/housing',
    );
  });

  it('explains an unknown kind of topic, with a link to the index', async () => {
    renderAt('/topics/colour/red', { TopicPage: topicAnswer });
    expect(await screen.findByRole('heading', { name: 'Topic not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no kind of topic “colour”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'every topic' })).toHaveAttribute('href', '/topics');
  });

  it('lists a kind’s topics when the address names no value', async () => {
    renderAt('/topics/technology', { TopicPage: topicAnswer });
    expect(await screen.findByText(/Choose a technology below/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Generative AI' })).toHaveAttribute(
      'href',
      '/topics/technology/generative-ai',
    );
  });

  it('says so when search cannot answer', async () => {
    renderAt('/topics/service-area/housing', {
      TopicPage: () => ({
        errors: [{ message: 'Search is unavailable', extensions: { code: 'SEARCH_UNAVAILABLE' } }],
      }),
    });
    expect(await screen.findByText(/This topic cannot be shown just now/)).toHaveAttribute(
      'role',
      'status',
    );
    await waitFor(() => expect(document.title).toMatch(/^Error/));
  });
});
