import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { SupplierList } from './supplier-list';

const supplier = (id: string, name: string, verified: boolean) => ({
  id,
  name,
  verified,
  companyNumber: null,
  categories: [],
});

describe('SupplierList', () => {
  it('marks the entries made from a public contract notice that no moderator has checked', () => {
    render(
      <MemoryRouter>
        <SupplierList
          busy={false}
          onNext={() => undefined}
          suppliers={{
            totalCount: 2,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [
              { node: supplier('s1', 'Checked Ltd', true) },
              { node: supplier('s2', 'From A Notice Ltd', false) },
            ],
          }}
        />
      </MemoryRouter>,
    );
    const [checked, unchecked] = screen.getAllByRole('listitem');
    expect(within(checked!).queryByText('Unverified')).not.toBeInTheDocument();
    expect(within(unchecked!).getByText('Unverified')).toBeInTheDocument();
  });
});
