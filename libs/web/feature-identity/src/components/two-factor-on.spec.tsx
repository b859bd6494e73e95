import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { TwoFactorOn } from './two-factor-on';

describe('TwoFactorOn', () => {
  it('says how many recovery codes are left, and leads back to the account', () => {
    const { rerender } = render(
      <MemoryRouter>
        <TwoFactorOn codesLeft={1} />
      </MemoryRouter>,
    );
    expect(screen.getByText(/You have 1 recovery code left\./)).toBeInTheDocument();
    rerender(
      <MemoryRouter>
        <TwoFactorOn codesLeft={7} />
      </MemoryRouter>,
    );
    expect(screen.getByText(/You have 7 recovery codes left\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your account' })).toHaveAttribute(
      'href',
      '/account',
    );
  });
});
