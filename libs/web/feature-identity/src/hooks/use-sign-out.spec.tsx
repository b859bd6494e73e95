import { useViewer } from '@lgx/web/data-access';
import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense } from 'react';
import { MemoryRouter, useRoutes } from 'react-router';

import { RequireSignedIn } from '../components/require-signed-in';
import { SignedOutPage } from '../pages/signed-out-page';
import { useSignOut } from './use-sign-out';

const VISITOR = {
  data: { viewer: { ...DERBY_EDITOR_VIEWER.data.viewer, account: null, council: null } },
};

/** Like the layout's account menu: who the viewer is, and the sign-out button. */
function Header() {
  const { signOut } = useSignOut();
  const account = useViewer().data?.viewer.account;
  return (
    <p>
      {account ? `Signed in as ${account.name}` : 'Nobody signed in'}
      <button type="button" onClick={signOut}>
        Sign out
      </button>
    </p>
  );
}

// As in the app, where the signed-out page's code may still be loading when signing out.
const LoadingSignedOutPage = lazy(
  () =>
    new Promise<{ default: typeof SignedOutPage }>((resolve) =>
      setTimeout(() => resolve({ default: SignedOutPage }), 300),
    ),
);

function Pages() {
  return useRoutes([
    {
      element: <RequireSignedIn />,
      children: [{ path: 'account', element: <h1>Your account</h1> }],
    },
    { path: 'signed-out', element: <LoadingSignedOutPage /> },
    { path: 'sign-in', element: <h1>Sign in</h1> },
  ]);
}

describe('signing out from a page for signed-in people', () => {
  it('shows the signed-out page, not sign in, and then knows the person as nobody', async () => {
    let signedIn = true;
    fakeGraphQLApi({
      Viewer: () => (signedIn ? DERBY_EDITOR_VIEWER : VISITOR),
      SignOut: () => {
        signedIn = false;
        return { data: { signOut: true } };
      },
    });
    render(
      <QueryClientProvider
        client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <MemoryRouter initialEntries={['/account']}>
          <Header />
          <Suspense fallback={<p>Loading</p>}>
            <Pages />
          </Suspense>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Your account' })).toBeVisible();
    expect(screen.getByText('Signed in as Jo Smith')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(
      await screen.findByRole('heading', { name: 'You have signed out' }, { timeout: 3000 }),
    ).toBeVisible();
    expect(await screen.findByText('Nobody signed in')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Sign in' })).toBeNull();
  });
});
