import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

import { useCheckYourEmail } from './use-check-your-email';

function SignUp() {
  const checkYourEmail = useCheckYourEmail();
  return (
    <button type="button" onClick={() => checkYourEmail({ email: 'sam@derby.gov.uk' })}>
      Create account
    </button>
  );
}

function CheckYourEmail() {
  const { pathname, state } = useLocation();
  return <p>{`${pathname} for ${(state as { email: string }).email}`}</p>;
}

describe('useCheckYourEmail', () => {
  it('goes on to "check your email", naming the address the link went to', async () => {
    render(
      <MemoryRouter initialEntries={['/create-account']}>
        <Routes>
          <Route path="/create-account" element={<SignUp />} />
          <Route path="/check-your-email" element={<CheckYourEmail />} />
        </Routes>
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByText('/check-your-email for sam@derby.gov.uk')).toBeInTheDocument();
  });
});
