import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

import { HomePage } from './home-page';

const FIGURES = {
  data: {
    frontDoor: {
      figures: { councilsTakingPart: 1, caseStudies: 12, components: 3, contracts: 25_310 },
    },
  },
};

const hit = (id: string, title: string, extra: object = {}) => ({
  id,
  title,
  summary: `${title} summary`,
  url: `/x/${id}`,
  councilName: 'Derby',
  publishedAt: '2026-03-03T10:00:00.000Z',
  adoptionCount: null,
  ...extra,
});

const LISTS = {
  data: {
    frontDoor: {
      newestCaseStudies: [hit('s1', 'Chatbot for council tax')],
      mostAdoptedComponents: [hit('c1', 'Bin day finder', { adoptionCount: 2 })],
    },
  },
};

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

function renderHome() {
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('HomePage', () => {
  it('shows what LGX holds, saying what each number counts, and the newest and most adopted', async () => {
    fakeGraphQLApi({ FrontDoorFigures: () => FIGURES, FrontDoorLists: () => LISTS });
    renderHome();
    const figures = await screen.findByRole('region', { name: 'What LGX holds' });
    expect(
      within(figures)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '1 council taking part',
      '12 published case studies',
      '3 published components',
      '25,310 public contracts',
    ]);
    expect(
      within(figures).getByText(/at least one of its officers has an active account/),
    ).toBeInTheDocument();
    expect(within(figures).getByText(/drafts, case studies in review/)).toBeInTheDocument();

    const newest = await screen.findByRole('region', { name: 'Newest case studies' });
    expect(within(newest).getByRole('link', { name: 'Chatbot for council tax' })).toHaveAttribute(
      'href',
      '/x/s1',
    );
    expect(within(newest).getByText('Derby, published 3 March 2026.')).toBeInTheDocument();
    expect(within(newest).getByRole('link', { name: 'All case studies' })).toHaveAttribute(
      'href',
      '/case-studies',
    );
    const adopted = screen.getByRole('region', { name: 'Most adopted components' });
    expect(
      within(adopted).getByText('Maintained by Derby. 2 councils use or are evaluating it.'),
    ).toBeInTheDocument();
  });

  it('searches from its search box', async () => {
    fakeGraphQLApi({ FrontDoorFigures: () => FIGURES, FrontDoorLists: () => LISTS });
    renderHome();
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search case studies, components and contracts' }),
      'bins & recycling',
    );
    await userEvent.click(screen.getByRole('button', { name: /search/i }));
    expect(screen.getByTestId('where')).toHaveTextContent('/search?q=bins+%26+recycling');
  });

  it('keeps the figures when the lists cannot load, and says so without an error page', async () => {
    fakeGraphQLApi({
      FrontDoorFigures: () => FIGURES,
      FrontDoorLists: () => ({
        errors: [{ message: 'Search is unavailable', extensions: { code: 'SEARCH_UNAVAILABLE' } }],
      }),
    });
    renderHome();
    expect(await screen.findByText('12 published case studies')).toBeInTheDocument();
    expect(await screen.findByText(/cannot be listed just now/)).toBeInTheDocument();
  });

  it('says so when nothing is published yet, and when the figures cannot be counted', async () => {
    fakeGraphQLApi({
      FrontDoorFigures: () => ({
        errors: [{ message: 'Down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
      FrontDoorLists: () => ({
        data: { frontDoor: { newestCaseStudies: [], mostAdoptedComponents: [] } },
      }),
    });
    renderHome();
    expect(await screen.findByText('No case study has been published yet.')).toBeInTheDocument();
    expect(screen.getByText('No council has recorded using a component yet.')).toBeInTheDocument();
    expect(await screen.findByText(/cannot be counted just now/)).toBeInTheDocument();
  });

  it('shows a council officer what is for them before what LGX holds, and a visitor not', async () => {
    fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      FrontDoorFigures: () => FIGURES,
      FrontDoorLists: () => LISTS,
    });
    renderHome();
    const forYou = await screen.findByRole('region', { name: 'For you' });
    const figures = await screen.findByRole('region', { name: 'What LGX holds' });
    expect(forYou.compareDocumentPosition(figures) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keeps the page as it is for a visitor', async () => {
    fakeGraphQLApi({
      Viewer: () => ({
        data: { viewer: { ...DERBY_EDITOR_VIEWER.data.viewer, account: null, council: null } },
      }),
      FrontDoorFigures: () => FIGURES,
      FrontDoorLists: () => LISTS,
    });
    renderHome();
    expect(await screen.findByText('12 published case studies')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Newest case studies' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'For you' })).toBeNull();
  });
});
