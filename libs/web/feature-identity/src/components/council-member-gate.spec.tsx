import { GraphQLRequestError } from '@lgx/web/data-access';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { councilMemberGate } from './council-member-gate';

const derby = { code: 'DER', name: 'Derby' };
const loaded = { data: { councilMembers: [] }, error: null };

function renderGate(state: Parameters<typeof councilMemberGate>[0]) {
  const gate = councilMemberGate(state);
  if (gate) render(<MemoryRouter>{gate}</MemoryRouter>);
  return gate;
}

describe('councilMemberGate', () => {
  it('refuses a viewer with no council', () => {
    renderGate({ council: null, members: loaded, found: false });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'You do not have permission to see this page',
    );
    expect(screen.getByText('You are not a member of a council.')).toBeInTheDocument();
  });

  it('shows why the members could not be loaded', () => {
    renderGate({
      council: derby,
      members: { error: new GraphQLRequestError('LGX is having a problem', 'INTERNAL') },
      found: false,
    });
    expect(screen.getByText('LGX is having a problem')).toBeInTheDocument();
  });

  it('waits for the members, then says when the member is not one of them', () => {
    renderGate({ council: derby, members: { error: null }, found: false });
    expect(screen.getByText(/Loading the member/)).toBeInTheDocument();
    renderGate({ council: derby, members: loaded, found: false });
    expect(screen.getByRole('heading', { name: 'Member not found' })).toBeInTheDocument();
  });

  it('lets the page show once the member is found', () => {
    expect(renderGate({ council: derby, members: loaded, found: true })).toBeNull();
  });
});
