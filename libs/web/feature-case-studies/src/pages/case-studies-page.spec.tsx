import { fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';

import { CaseStudiesPage } from './case-studies-page';

const FILTERS = {
  data: {
    searchContentTypes: [
      {
        key: 'CASE_STUDY',
        facets: [
          { attribute: 'serviceAreas', label: 'Service area' },
          { attribute: 'technologies', label: 'Technology' },
          { attribute: 'region', label: 'Region' },
          { attribute: 'councilType', label: 'Type of council' },
          { attribute: 'stage', label: 'Stage' },
        ],
      },
      { key: 'COMPONENT', facets: [{ attribute: 'licence', label: 'Licence' }] },
    ],
  },
};

const item = (id: string, title: string) => ({
  node: {
    id,
    title,
    summary: `${title}, in short.`,
    url: `/case-studies/${id}`,
    councilName: 'Derby',
    publishedAt: '2026-03-03T10:00:00.000Z',
    cashableSavingsStated: '£120,000 a year for 5 years',
    netPresentValue: { formatted: '£341,796.40' },
    paybackYear: 2,
    figuresBasis: 'Forecast',
    figuresNotWorkedOut: null,
  },
});

const results = (edges: ReturnType<typeof item>[], hasNextPage = false) => ({
  data: {
    search: {
      totalCount: hasNextPage ? 45 : edges.length,
      facets: [
        {
          attribute: 'serviceAreas',
          values: [
            { value: 'Adult social care', count: 30 },
            { value: 'Housing', count: 15 },
          ],
        },
        { attribute: 'region', values: [{ value: 'East Midlands', count: 45 }] },
      ],
      edges,
      pageInfo: { hasNextPage, endCursor: hasNextPage ? 'MjA' : null },
    },
  },
});

function Address() {
  const location = useLocation();
  return <p data-testid="address">{location.pathname + location.search}</p>;
}

function renderAt(address: string, list: (variables: Record<string, unknown>) => unknown) {
  const sent = fakeGraphQLApi({ CaseStudyFilters: () => FILTERS, CaseStudyList: list });
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={[address]}>
        <CaseStudiesPage />
        <Address />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return sent;
}

const listRequests = (sent: { operation: string; variables: Record<string, unknown> }[]) =>
  sent.filter((request) => request.operation === 'CaseStudyList').map((r) => r.variables);

describe('CaseStudiesPage', () => {
  it('lists case studies with the filters in its address, newest first, and counts for each filter', async () => {
    const sent = renderAt(
      '/case-studies?serviceAreas=Housing&region=East+Midlands&colour=red',
      () => results([item('a', 'Chatbot for council tax')]),
    );
    expect(await screen.findByRole('heading', { name: '1 case study' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chatbot for council tax' })).toHaveAttribute(
      'href',
      '/case-studies/a',
    );
    expect(
      screen.getByText(
        'Derby · Published March 2026 · saves £120,000 a year for 5 years · net present value £341,796.40 (forecast) · pays back by the end of year 2',
      ),
    ).toBeInTheDocument();
    expect(listRequests(sent).at(-1)).toEqual({
      query: '',
      filters: {
        types: ['CASE_STUDY'],
        facets: [
          { attribute: 'serviceAreas', values: ['Housing'] },
          { attribute: 'region', values: ['East Midlands'] },
        ],
      },
      sort: 'NEWEST',
      first: 20,
    });
    const serviceArea = screen.getByRole('group', { name: 'Service area' });
    expect(within(serviceArea).getByRole('checkbox', { name: /Housing/ })).toBeChecked();
    expect(
      within(serviceArea).getByRole('checkbox', { name: /Adult social care/ }),
    ).not.toBeChecked();
  });

  it('keeps a filter change in the address, from the first page, so the list can be shared', async () => {
    const sent = renderAt('/case-studies?after=MjA', () => results([item('a', 'Chatbot')]));
    await userEvent.click(await screen.findByRole('checkbox', { name: /Adult social care/ }));
    // The box moves the page in a transition: the address follows when it is done.
    await waitFor(() =>
      expect(screen.getByTestId('address')).toHaveTextContent(
        '/case-studies?serviceAreas=Adult+social+care',
      ),
    );
    await screen.findByRole('checkbox', { name: /Adult social care/, checked: true });
    expect(listRequests(sent).at(-1)).toMatchObject({
      filters: { facets: [{ attribute: 'serviceAreas', values: ['Adult social care'] }] },
    });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Sort by' }),
      'Largest savings',
    );
    expect(screen.getByTestId('address')).toHaveTextContent(
      '/case-studies?serviceAreas=Adult+social+care&sort=largest-savings',
    );
  });

  it('pages through the results with the filters kept', async () => {
    renderAt('/case-studies?stage=Live', () => results([item('a', 'Chatbot')], true));
    const next = await screen.findByRole('link', { name: /Next/ });
    expect(next).toHaveAttribute('href', '/case-studies?stage=Live&after=MjA');
    expect(screen.getByRole('heading', { name: /45 case studies/ })).toHaveTextContent(
      'Page 1 of 3',
    );
  });

  it('says so when nothing matches, with a way to clear the filters', async () => {
    renderAt('/case-studies?technologies=Blockchain', () => results([]));
    expect(await screen.findByText(/No case study matches/)).toBeInTheDocument();
    const clear = screen.getAllByRole('link', { name: /Clear/ });
    expect(clear.map((link) => link.getAttribute('href'))).toEqual([
      '/case-studies',
      '/case-studies',
    ]);
  });

  it('says when no case study is published yet, with no filters over nothing', async () => {
    renderAt('/case-studies', () => ({
      data: {
        search: {
          totalCount: 0,
          facets: [],
          edges: [],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    }));
    expect(await screen.findByText('No case study has been published yet.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Filter case studies' })).toBeNull();
  });

  it('shows loading, then says search is unavailable with the lists that still work', async () => {
    renderAt('/case-studies', () => ({
      errors: [{ message: 'Search is unavailable', extensions: { code: 'SEARCH_UNAVAILABLE' } }],
    }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading case studies');
    expect(
      await screen.findByRole('heading', { name: 'Search is unavailable for now' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /councils/i })).toHaveAttribute('href', '/councils');
  });

  it('shows any other failure as an error', async () => {
    renderAt('/case-studies', () => ({
      errors: [
        { message: 'Search for 200 characters or fewer.', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Search for 200 characters or fewer.',
    );
  });
});
