import { GraphQLRequestError } from '@lgx/web/data-access';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';

import { parseSearchState, searchVariables } from '../model/search-state';
import { TEST_CATALOGUE } from '../model/test-catalogue';
import { SearchPage } from './search-page';

/** The search page at /search?q=..., as the browser first draws it with these answers known. */
function renderSearchPage(
  query: string,
  answers: { search?: Error; status?: 'READY' | 'BUILDING' | 'UNAVAILABLE' },
): string {
  // As drawn once the answers are in: nothing is fetched again on the server.
  const client = new QueryClient({
    defaultOptions: { queries: { retryOnMount: false, staleTime: Infinity } },
  });
  client.setQueryData(['SearchOptions', {}], TEST_CATALOGUE);
  const variables = searchVariables(
    parseSearchState(new URLSearchParams({ q: query }), TEST_CATALOGUE),
  );
  if (answers.search) {
    const cached = client.getQueryCache().build(client, { queryKey: ['Search', variables] });
    cached.setState({ status: 'error', error: answers.search, fetchStatus: 'idle' });
  }
  if (answers.status)
    client.setQueryData(['SearchStatus', {}], { searchStatus: { state: answers.status } });
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/search?q=${encodeURIComponent(query)}`]}>
        <SearchPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('SearchPage', () => {
  it('says search is unavailable for now and offers the lists, not an error', () => {
    const html = renderSearchPage('waste', {
      search: new GraphQLRequestError('Search is unavailable for now. …', 'SEARCH_UNAVAILABLE'),
      status: 'UNAVAILABLE',
    });
    expect(html).toContain('Search is unavailable for now</h2>');
    expect(html).toContain('href="/councils"');
    expect(html).toContain('href="/suppliers"');
    expect(html).toContain('href="/procurement-groups"');
    expect(html).not.toContain('The search did not work');
    expect(html).not.toContain('govuk-error-summary');
  });

  it('still shows any other error as an error', () => {
    const html = renderSearchPage('waste', {
      search: new GraphQLRequestError('Search for 200 characters or fewer.', 'BAD_USER_INPUT'),
    });
    expect(html).toContain('The search did not work');
    expect(html).not.toContain('Search is unavailable for now');
  });

  it('says search is still being prepared while the first build goes on', () => {
    expect(renderSearchPage('waste', { status: 'BUILDING' })).toContain(
      'Search is still being prepared; results may be incomplete',
    );
    expect(renderSearchPage('waste', { status: 'READY' })).not.toContain('still being prepared');
  });
});
