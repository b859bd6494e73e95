import type { AccessRequestFieldsFragment } from '@lgx/web/data-access';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { AccessRequestsTable } from './access-requests-table';

const request: AccessRequestFieldsFragment = {
  id: 'r1',
  kind: 'COUNCIL_DOMAIN',
  status: 'PENDING',
  domain: 'kent-new.gov.uk',
  declineReason: null,
  createdAt: '2026-12-01T10:00:00Z',
  decidedAt: null,
  council: { code: 'KEN', name: 'Kent' },
  requesters: [
    { id: 'a1', name: 'Ada Lovelace', jobTitle: 'Head of digital', email: 'ada@kent-new.gov.uk' },
    { id: 'a2', name: 'Bo Li', jobTitle: 'Analyst', email: 'bo@kent-new.gov.uk' },
  ],
};

describe('AccessRequestsTable', () => {
  it('shows what is asked and everyone who asked, and accepts or links to decline', async () => {
    const onAccept = jest.fn();
    render(
      <MemoryRouter>
        <AccessRequestsTable
          caption="1 request"
          requests={[request]}
          onAccept={onAccept}
          accepting={null}
          declineHref={(id) => `/admin/requests/${id}/decline`}
        />
      </MemoryRouter>,
    );
    expect(screen.getByText('Add kent-new.gov.uk to Kent')).toBeInTheDocument();
    expect(screen.getByText(/Ada Lovelace, Head of digital/)).toBeInTheDocument();
    expect(screen.getByText(/Bo Li, Analyst/)).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: /^Accept request to Add kent-new.gov.uk to Kent$/ }),
    );
    expect(onAccept).toHaveBeenCalledWith(request);
    expect(
      screen.getByRole('link', { name: /^Decline request to Add kent-new.gov.uk to Kent$/ }),
    ).toHaveAttribute('href', '/admin/requests/r1/decline');
  });

  it('marks the request being accepted as busy', () => {
    render(
      <MemoryRouter>
        <AccessRequestsTable
          caption="1 request"
          requests={[request]}
          onAccept={jest.fn()}
          accepting="r1"
          declineHref={() => '/'}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('button', { name: /Accept/ })).toHaveAttribute('aria-disabled', 'true');
  });
});
