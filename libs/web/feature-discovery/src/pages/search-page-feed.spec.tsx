import { fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { TEST_CATALOGUE } from '../model/test-catalogue';
import { SearchPage } from './search-page';

const NO_RESULTS = {
  data: {
    search: {
      totalCount: 0,
      facets: [],
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};

function renderAt(address: string) {
  fakeGraphQLApi({
    SearchOptions: () => ({ data: TEST_CATALOGUE }),
    Search: () => NO_RESULTS,
    SearchFacetCounts: () => NO_RESULTS,
    SearchStatus: () => ({ data: { searchStatus: { state: 'READY' } } }),
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[address]}>
        <SearchPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('SearchPage: its feed', () => {
  it('links to the feed of the same search, visibly and for feed readers', async () => {
    renderAt('/search?q=chatbot&type=case-study&region=East+Midlands&sort=newest');
    const link = await screen.findByRole('link', { name: 'Follow this search as a feed' });
    const feed = '/feeds/search.atom?q=chatbot&type=case-study&region=East+Midlands';
    expect(link).toHaveAttribute('href', feed);
    const alternate = document.head.querySelector('link[rel="alternate"]');
    expect(alternate).toHaveAttribute('type', 'application/atom+xml');
    expect(alternate).toHaveAttribute('href', feed);
  });

  it('offers no feed for a search of what a feed cannot list', async () => {
    renderAt('/search?type=council');
    expect(await screen.findByRole('searchbox')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Follow this search as a feed' })).toBeNull();
    expect(document.head.querySelector('link[rel="alternate"]')).toBeNull();
  });
});

describe('SearchPage: its topics', () => {
  it('links to the page of each topic the search is filtered by', async () => {
    renderAt('/search?serviceAreas=Housing+and+homelessness&region=East+Midlands');
    const link = await screen.findByRole('link', { name: 'Housing and homelessness' });
    expect(link).toHaveAttribute('href', '/topics/service-area/housing');
  });

  it('has no topic links for a search without a topic filter', async () => {
    renderAt('/search?q=chatbot');
    expect(await screen.findByRole('searchbox')).toBeInTheDocument();
    expect(screen.queryByText(/Topic page/)).toBeNull();
  });
});
