import type { AdoptionDetailsFragment } from '@lgx/web/data-access';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { AdoptingCouncilsTable } from './adopting-councils-table';

const adoption = (overrides: Partial<AdoptionDetailsFragment>): AdoptionDetailsFragment => ({
  id: 'a1',
  council: { code: 'DER', name: 'Derby', latitude: 52.9, longitude: -1.5 },
  status: 'IN_USE',
  startedOn: '2024-04-01',
  stoppedOn: null,
  note: 'For bin collections',
  caseStudyId: null,
  contactOptIn: false,
  updatedAt: '2025-01-01T00:00:00Z',
  ...overrides,
});

const renderTable = (adoptions: AdoptionDetailsFragment[], showNotes: boolean) =>
  render(
    <MemoryRouter>
      <AdoptingCouncilsTable adoptions={adoptions} showNotes={showNotes} />
    </MemoryRouter>,
  );

describe('AdoptingCouncilsTable', () => {
  it('says so when no council has recorded using it', () => {
    renderTable([], true);
    expect(screen.getByText('No council has recorded using it yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists each council with its status, since when, and a link to its case study', () => {
    renderTable(
      [
        adoption({ caseStudyId: 'cs1' }),
        adoption({
          id: 'a2',
          council: { code: 'NGM', name: 'Nottingham', latitude: 52.95, longitude: -1.15 },
          status: 'STOPPED',
          stoppedOn: '2025-01-31',
        }),
      ],
      false,
    );
    const table = screen.getByRole('table', { name: 'Councils that recorded using it' });
    const [, derby, nottingham] = within(table).getAllByRole('row');
    expect(within(derby!).getByRole('link', { name: 'Derby' })).toHaveAttribute(
      'href',
      '/councils/DER',
    );
    expect(derby).toHaveTextContent('Since 1 April 2024');
    expect(within(derby!).getByRole('link', { name: 'Read their case study' })).toHaveAttribute(
      'href',
      '/case-studies/cs1',
    );
    expect(nottingham).toHaveTextContent('Stopped 31 January 2025');
    expect(within(table).queryByRole('columnheader', { name: 'Note' })).not.toBeInTheDocument();
    expect(table).not.toHaveTextContent('For bin collections');
  });

  it('shows officers each council’s note', () => {
    renderTable([adoption({})], true);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Note' })).toBeInTheDocument();
    expect(table).toHaveTextContent('For bin collections');
  });
});
