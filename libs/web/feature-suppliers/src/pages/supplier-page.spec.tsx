import { fakeGraphQLApi, VISITOR_VIEWER } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';

import { SupplierPage } from './supplier-page';

describe('SupplierPage for a visitor', () => {
  it('shows the public contracts, not the officers-only directory entry', async () => {
    const requests = fakeGraphQLApi({
      Viewer: () => VISITOR_VIEWER,
      SupplierContracts: () => ({
        data: {
          supplierContracts: {
            totalCount: 0,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      }),
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/suppliers/supplier-1']}>
          <Routes>
            <Route path="/suppliers/:id" element={<SupplierPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Public contracts' })).toBeInTheDocument();
    expect(
      await screen.findByText('No public contracts found for this supplier yet.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'sign in' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sign-in/),
    );
    expect(requests.map((request) => request.operation)).not.toContain('SupplierPage');
  });
});
