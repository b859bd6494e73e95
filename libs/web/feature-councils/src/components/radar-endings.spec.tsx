import type { CouncilRenewalRadarQuery } from '@lgx/web/data-access';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { RadarEndings } from './radar-endings';

type Ending = CouncilRenewalRadarQuery['renewalRadar']['endings'][number];

const category = { code: '72000000-5', label: 'IT services' };
const ending: Ending = {
  contract: {
    source: 'PUBLIC_CONTRACT',
    ocid: 'ocds-b5fd17-derby-1',
    title: 'Derby library system',
    endsOn: '2028-03-31',
    endsOnBasis: 'LATEST_POSSIBLE_END',
    certainty: 'EXPECTED',
    supplierName: 'Acme Software Ltd',
    valueAmount: '2500000',
    valueCurrency: 'GBP',
    category,
  },
  peers: [
    {
      sameDivision: true,
      sameSupplier: false,
      council: { code: 'NOT', name: 'Nottingham' },
      contract: {
        source: 'PUBLIC_CONTRACT',
        ocid: 'ocds-b5fd17-nott-9',
        title: 'Nottingham libraries',
        endsOn: '2028-09-30',
        endsOnBasis: 'CONTRACT_END',
        certainty: 'CONFIRMED',
        supplierName: 'Other Systems plc',
        valueAmount: null,
        valueCurrency: null,
        category,
      },
    },
  ],
  groups: [{ id: 'group-1', title: 'Shared library systems' }],
};

const renderEndings = (endings: Ending[]) =>
  render(
    <MemoryRouter>
      <RadarEndings endings={endings} own />
    </MemoryRouter>,
  );

describe('RadarEndings', () => {
  it('shows each contract ending with its peers, the groups that match and the Procurement Act timing', () => {
    renderEndings([ending]);
    const item = screen.getByRole('link', { name: 'Derby library system' }).closest('li')!;
    expect(screen.getByRole('link', { name: 'Derby library system' })).toHaveAttribute(
      'href',
      '/contracts/ocds-b5fd17-derby-1',
    );
    expect(item).toHaveTextContent(
      'from Acme Software Ltd, ends 31 March 2028 (latest possible end, with extensions; expected at award); £2,500,000',
    );
    const peer = within(item).getByRole('link', { name: 'Nottingham' }).closest('li')!;
    expect(within(peer).getByRole('link', { name: 'Nottingham libraries' })).toHaveAttribute(
      'href',
      '/contracts/ocds-b5fd17-nott-9',
    );
    expect(peer).toHaveTextContent('from Other Systems plc, ends 30 September 2028');
    expect(peer).toHaveTextContent('(same category)');
    expect(within(item).getByRole('link', { name: 'Shared library systems' })).toHaveAttribute(
      'href',
      '/procurement-groups/group-1',
    );
    expect(within(item).getByText('Procurement Act 2023 timing')).toBeInTheDocument();
    expect(within(item).getByText('by 30 June 2027')).toBeInTheDocument();
    expect(
      within(item).getByRole('link', { name: /Procurement Act 2023, section 15/ }),
    ).toHaveAttribute('href', 'https://www.legislation.gov.uk/ukpga/2023/54/section/15');
    expect(within(item).getByText(/not legal advice/)).toBeInTheDocument();
  });

  it('says so when a contract has no peer, and when nothing ends in the window', () => {
    const { unmount } = renderEndings([{ ...ending, peers: [], groups: [] }]);
    expect(
      screen.getByText(/No other council has a contract in this category/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Groups to join/)).not.toBeInTheDocument();
    unmount();
    renderEndings([]);
    expect(screen.getByText(/No contract of yours that you can see ends/)).toBeInTheDocument();
  });
});
