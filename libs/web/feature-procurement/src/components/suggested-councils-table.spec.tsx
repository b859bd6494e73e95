import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { SuggestedCouncilsTable } from './suggested-councils-table';

const category = { code: '72000000-5', label: 'IT services' };

describe('SuggestedCouncilsTable', () => {
  it('lists councils from public contracts, linked to the contract, and from experiences', () => {
    render(
      <MemoryRouter>
        <SuggestedCouncilsTable
          inviting={false}
          onInvite={jest.fn()}
          result={{
            monthsEitherSide: 6,
            endsFrom: '2027-09-01',
            endsTo: '2028-09-01',
            suggestions: [
              {
                status: null,
                council: { code: 'DER', name: 'Derby' },
                contracts: [
                  {
                    source: 'PUBLIC_CONTRACT',
                    ocid: 'ocds-b5fd17-derby-1',
                    title: 'Derby library system',
                    endsOn: '2028-03-31',
                    supplierName: null,
                    category,
                  },
                  {
                    source: 'SUPPLIER_EXPERIENCE',
                    ocid: null,
                    title: null,
                    endsOn: '2028-04-30',
                    supplierName: 'Acme Ltd',
                    category,
                  },
                ],
              },
            ],
          }}
        />
      </MemoryRouter>,
    );
    const row = screen.getByRole('link', { name: 'Derby' }).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'Derby library system' })).toHaveAttribute(
      'href',
      '/contracts/ocds-b5fd17-derby-1',
    );
    expect(row).toHaveTextContent('Derby library system from supplier not published, ends');
    expect(row).toHaveTextContent('IT services from Acme Ltd, ends');
    expect(within(row).getByRole('button', { name: 'Invite Derby' })).toBeInTheDocument();
  });
});
