import { fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { CouncilContracts } from './council-contracts';

const node = (ocid: string, extra: object = {}) => ({
  ocid,
  title: `Contract ${ocid}`,
  value: { amount: '250000', currency: 'GBP' },
  contractEnd: { date: '2027-03-31T00:00:00.000Z' },
  maxExtentDate: null,
  suppliers: [{ name: 'Acme Ltd', directoryEntry: { id: 'supplier-1' } }],
  ...extra,
});

function renderFor(contracts: ReturnType<typeof node>[], totalCount = contracts.length) {
  const requests = fakeGraphQLApi({
    CouncilContracts: () => ({
      data: {
        councilContracts: {
          totalCount,
          pageInfo: { hasNextPage: totalCount > contracts.length, endCursor: null },
          edges: contracts.map((contract) => ({ node: contract })),
        },
      },
    }),
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <CouncilContracts council={{ code: 'DER', name: 'Derby' }} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return requests;
}

describe('CouncilContracts', () => {
  it('lists the current contracts in the order given, each linked, with its suppliers, value and latest end', async () => {
    const requests = renderFor([
      node('ocds-1', { maxExtentDate: { date: '2026-06-30T00:00:00.000Z' } }),
      node('ocds-2', { value: { amount: '1000', currency: null }, suppliers: [] }),
    ]);
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(requests[0]!.variables).toEqual({ councilCode: 'DER', first: 20 });
    expect(within(rows[0]!).getByRole('link', { name: 'Contract ocds-1' })).toHaveAttribute(
      'href',
      '/contracts/ocds-1',
    );
    expect(within(rows[0]!).getByRole('link', { name: 'Acme Ltd' })).toHaveAttribute(
      'href',
      '/suppliers/supplier-1',
    );
    expect(within(rows[0]!).getByText('£250,000')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('30 June 2026')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('1,000 (currency not stated)')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('None awarded yet')).toBeInTheDocument();
    expect(screen.getByText(/2 current contracts/)).toBeInTheDocument();
  });

  it('says how many there are beyond those shown, and shows more on request', async () => {
    const requests = renderFor([node('ocds-1')], 45);
    expect(
      await screen.findByText(/The 1 of 45 current contracts ending soonest/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show more contracts' }));
    await waitFor(() =>
      expect(requests.at(-1)!.variables).toEqual({ councilCode: 'DER', first: 40 }),
    );
  });

  it('offers no more when every contract is shown', async () => {
    renderFor([node('ocds-1')]);
    await screen.findByText(/1 current contract,/);
    expect(screen.queryByRole('button', { name: 'Show more contracts' })).not.toBeInTheDocument();
  });

  it('says when the council has no public contracts yet', async () => {
    renderFor([]);
    expect(await screen.findByText('No public contracts found for Derby yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
