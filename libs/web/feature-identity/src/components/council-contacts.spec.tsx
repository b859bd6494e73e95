import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { CouncilContacts } from './council-contacts';

const ada = { name: 'Ada Lovelace', jobTitle: 'Head of digital', role: 'ADMIN' as const };
const bo = { name: 'Bo Li', jobTitle: 'Analyst', role: 'EDITOR' as const };

function renderContacts(props: Parameters<typeof CouncilContacts>[0]) {
  render(
    <MemoryRouter>
      <CouncilContacts {...props} />
    </MemoryRouter>,
  );
}

describe('CouncilContacts', () => {
  it('names the admins and editors, with no email addresses, and lets an officer ask for the editor role', () => {
    renderContacts({ councilName: 'Derby', contacts: [ada, bo], viewerRole: 'OFFICER' });
    expect(
      screen.getByText(/Derby’s LGX admin is Ada Lovelace \(Head of digital\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Its editor is Bo Li \(Analyst\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for the editor role' })).toHaveAttribute(
      'href',
      '/account/council-role',
    );
    expect(screen.queryByRole('link', { name: /become/ })).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/@/);
  });

  it('says how to become admin when the council has none', () => {
    renderContacts({ councilName: 'Kent', contacts: [bo], viewerRole: 'EDITOR' });
    expect(screen.getByText('Kent has no LGX admin yet.')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Ask to become Kent’s LGX admin' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ask for the editor role' })).not.toBeInTheDocument();
  });

  it('offers nothing to ask to an admin', () => {
    renderContacts({ councilName: 'Derby', contacts: [ada], viewerRole: 'ADMIN' });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
