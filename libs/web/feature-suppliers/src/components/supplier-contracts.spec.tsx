import { fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { SupplierContracts } from './supplier-contracts';

function renderWith(answer: () => unknown) {
  const requests = fakeGraphQLApi({ SupplierContracts: answer });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <SupplierContracts supplierId="supplier-1" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return requests;
}

const page = (nodes: object[]) => ({
  data: {
    supplierContracts: {
      totalCount: nodes.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ node })),
    },
  },
});

describe('SupplierContracts', () => {
  it('lists the contracts with their buyer council (or the name as published) and value as stated', async () => {
    const requests = renderWith(() =>
      page([
        {
          ocid: 'ocds-1',
          title: 'Waste collection',
          value: { amount: '99.5', currency: 'EUR' },
          contractEnd: null,
          maxExtentDate: null,
          buyer: { name: 'Derby City Council', council: { code: 'DER', name: 'Derby' } },
        },
        {
          ocid: 'ocds-2',
          title: null,
          value: null,
          contractEnd: { date: '2029-01-31T00:00:00.000Z' },
          maxExtentDate: null,
          buyer: { name: 'Some Parish Council', council: null },
        },
      ]),
    );
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(requests[0]!.variables).toEqual({ supplierId: 'supplier-1', first: 20 });
    expect(within(rows[0]!).getByRole('link', { name: 'Derby' })).toHaveAttribute(
      'href',
      '/councils/DER',
    );
    expect(within(rows[0]!).getByText('€99.5')).toBeInTheDocument();
    expect(within(rows[0]!).getAllByText('Not stated')).toHaveLength(1);
    expect(within(rows[1]!).getByRole('link', { name: 'Untitled contract' })).toHaveAttribute(
      'href',
      '/contracts/ocds-2',
    );
    expect(within(rows[1]!).getByText('Some Parish Council')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('31 January 2029')).toBeInTheDocument();
  });

  it('says when there are none, and when they could not be loaded', async () => {
    renderWith(() => page([]));
    expect(
      await screen.findByText('No public contracts found for this supplier yet.'),
    ).toBeInTheDocument();
  });

  it('shows the problem when the contracts could not be loaded', async () => {
    renderWith(() => ({ errors: [{ message: 'Something went wrong on our side.' }] }));
    expect(await screen.findByText('Public contracts could not be loaded')).toBeInTheDocument();
  });
});
