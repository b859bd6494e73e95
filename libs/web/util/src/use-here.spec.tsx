import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter } from 'react-router';

import { useFlash } from './use-flash';
import { useHere } from './use-here';

function Page() {
  const flash = useFlash();
  return (
    <>
      <p>Here: {useHere()}</p>
      {flash && <p role="status">{flash}</p>}
      <Link to="/account" state={{ flash: 'Your password has been changed' }}>
        Change it
      </Link>
      <Link to="/account?tab=2" state={{ flash: 42 }}>
        Odd state
      </Link>
    </>
  );
}

describe('useHere', () => {
  it('is the path and query of the page, without the fragment', () => {
    render(
      <MemoryRouter initialEntries={['/councils?nation=WALES#list']}>
        <Page />
      </MemoryRouter>,
    );
    expect(screen.getByText('Here: /councils?nation=WALES')).toBeInTheDocument();
  });
});

describe('useFlash', () => {
  it('shows the message the page before left, once there', async () => {
    render(
      <MemoryRouter initialEntries={['/account/password']}>
        <Page />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Change it' }));
    expect(screen.getByRole('status')).toHaveTextContent('Your password has been changed');
    expect(screen.getByText('Here: /account')).toBeInTheDocument();
  });

  it('ignores history state that is not a message', async () => {
    render(
      <MemoryRouter initialEntries={['/account/password']}>
        <Page />
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Odd state' }));
    expect(screen.getByText('Here: /account?tab=2')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
