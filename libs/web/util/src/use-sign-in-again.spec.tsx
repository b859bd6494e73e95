import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

import type { RequestFailure } from './query-failure';
import { useSignInAgain } from './use-sign-in-again';

function Form({ failure }: { failure: RequestFailure }) {
  const signInAgain = useSignInAgain();
  const [shown, setShown] = useState<string>();
  return (
    <>
      <button type="button" onClick={() => signInAgain(failure) || setShown(failure.message)}>
        Save
      </button>
      {shown && <p role="alert">{shown}</p>}
    </>
  );
}

function Where() {
  const { pathname, search } = useLocation();
  return <p>Now at {`${pathname}${search}`}</p>;
}

async function saveWith(failure: RequestFailure) {
  render(
    <MemoryRouter initialEntries={['/components/new?from=catalogue']}>
      <Routes>
        <Route path="/components/new" element={<Form failure={failure} />} />
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
}

describe('useSignInAgain', () => {
  it('sends a person whose session ended to sign in, and back to the form', async () => {
    await saveWith({ code: 'UNAUTHENTICATED', message: 'Sign in again' });
    expect(
      screen.getByText('Now at /sign-in?returnTo=%2Fcomponents%2Fnew%3Ffrom%3Dcatalogue'),
    ).toBeInTheDocument();
  });

  it('sends a sign-in waiting for its second step to that step', async () => {
    await saveWith({ code: 'MFA_REQUIRED', message: 'Two-factor' });
    expect(screen.getByText(/^Now at \/sign-in\/two-factor\?returnTo=/)).toBeInTheDocument();
  });

  it('leaves any other failure to the form', async () => {
    await saveWith({ code: 'BAD_USER_INPUT', message: 'Enter a name' });
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a name');
    expect(screen.queryByText(/Now at/)).not.toBeInTheDocument();
  });
});
