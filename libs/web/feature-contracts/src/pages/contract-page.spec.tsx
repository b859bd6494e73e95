import { fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';

import { ContractPage } from './contract-page';

const contract = {
  ocid: 'ocds-b5fd17-abc',
  title: 'Waste collection',
  description: 'Kerbside collection.',
  buyer: { name: 'Derby City Council - Streetpride', council: { code: 'DER', name: 'Derby' } },
  suppliers: [
    {
      name: 'Acme Waste Ltd',
      companiesHouseNumber: '01234567',
      directoryEntry: { id: 'supplier-1', name: 'Acme Waste Ltd', verified: false },
    },
    { name: 'Not Linked Ltd', companiesHouseNumber: null, directoryEntry: null },
  ],
  value: { amount: '1500000.5', currency: null, source: 'AWARD' },
  cpvMain: { code: '90511000', label: 'Refuse collection services' },
  cpvAdditional: [{ code: '99999999', label: null }],
  procurementMethod: 'open',
  procurementMethodDetails: 'Open procedure',
  isFramework: null,
  isDynamicMarket: false,
  contractStart: {
    date: '2025-04-01T00:00:00.000Z',
    source: 'TENDER_ESTIMATE',
    certainty: 'ESTIMATED',
  },
  contractEnd: { date: '2030-03-31T00:00:00.000Z', source: 'CONTRACT', certainty: 'CONFIRMED' },
  maxExtentDate: null,
  noticeUrls: ['https://www.contractsfinder.service.gov.uk/Notice/abc'],
  releaseCount: 2,
  lastReleaseDate: '2025-01-15T10:00:00.000Z',
};

function renderAt(path: string) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/contracts/:ocid" element={<ContractPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const row = (key: string) => screen.getByText(key, { selector: 'dt' }).closest('div')!;

describe('ContractPage', () => {
  it('shows the record: dates with their source and certainty, the value as stated, the links', async () => {
    const requests = fakeGraphQLApi({ ContractPage: () => ({ data: { contract } }) });
    renderAt('/contracts/ocds-b5fd17-abc');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Waste collection' }),
    ).toBeInTheDocument();
    expect(requests[0]!.variables).toEqual({ ocid: 'ocds-b5fd17-abc' });

    expect(within(row('Buyer')).getByRole('link', { name: 'Derby' })).toHaveAttribute(
      'href',
      '/councils/DER',
    );
    expect(
      within(row('Buyer')).getByText('Published as “Derby City Council - Streetpride”'),
    ).toBeInTheDocument();
    const suppliers = row('Suppliers awarded');
    expect(within(suppliers).getByRole('link', { name: 'Acme Waste Ltd' })).toHaveAttribute(
      'href',
      '/suppliers/supplier-1',
    );
    expect(within(suppliers).getByText('Unverified directory entry')).toBeInTheDocument();
    expect(within(suppliers).getByText('Companies House number 01234567')).toBeInTheDocument();
    expect(within(suppliers).getByText('Not Linked Ltd')).toBeInTheDocument();
    expect(within(row('Value')).getByText('1,500,000.5 (currency not stated)')).toBeInTheDocument();
    expect(
      within(row('Starts')).getByText('estimated, from the tender notice’s estimate'),
    ).toBeInTheDocument();
    expect(within(row('Ends')).getByText('31 March 2030')).toBeInTheDocument();
    expect(
      within(row('Ends')).getByText('confirmed, from the contract notice'),
    ).toBeInTheDocument();
    expect(
      within(row('Latest possible end, with extensions')).getByText('Not stated'),
    ).toBeInTheDocument();
    expect(within(row('Framework')).getByText('Not stated')).toBeInTheDocument();
    expect(within(row('Dynamic market')).getByText('No')).toBeInTheDocument();
    expect(within(row('Other categories (CPV)')).getByText('99999999')).toBeInTheDocument();
    const notice = within(row('Notices')).getByRole('link', { name: /Contracts Finder notice/ });
    expect(notice).toHaveAttribute('href', contract.noticeUrls[0]);
    expect(notice.getAttribute('rel')).toContain('noopener');
    expect(screen.getByText(/Source: Contracts Finder \/ Find a Tender/)).toBeInTheDocument();
  });

  it('says the contract was not found for an unknown id', async () => {
    fakeGraphQLApi({
      ContractPage: () => ({
        errors: [{ message: 'No public contract has that id.', extensions: { code: 'NOT_FOUND' } }],
      }),
    });
    renderAt('/contracts/ocds-nothing');
    expect(await screen.findByRole('heading', { name: 'Contract not found' })).toBeInTheDocument();
    await screen.findByText(/contract ids start/);
    expect(document.title).toMatch(/^Error: Contract not found/);
  });
});
