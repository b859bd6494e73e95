import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { MemoryRouter } from 'react-router';

import { EmailPreferencesPage } from './email-preferences-page';

const VISITOR = {
  data: {
    viewer: {
      account: null,
      council: null,
      councilRole: null,
      platformRoles: [],
      mfaChallengePending: false,
      mfaEnrolmentRequired: false,
    },
  },
};

function renderPage() {
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={['/email-preferences']}>
        <EmailPreferencesPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('EmailPreferencesPage', () => {
  it('shows the current choices, links to the digest frequencies, and passes axe', async () => {
    fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      EmailPreferences: () => ({ data: { emailPreferences: { addressed: true, digests: false } } }),
    });
    renderPage();
    expect(await screen.findByRole('checkbox', { name: 'What is addressed to me' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Digests of what I follow' })).not.toBeChecked();
    expect(screen.getByRole('link', { name: 'page of what you follow' })).toHaveAttribute(
      'href',
      '/following',
    );
    const results = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations).toEqual([]);
  });

  it('saves both choices at a press, and says so', async () => {
    const sent = fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      EmailPreferences: () => ({ data: { emailPreferences: { addressed: true, digests: true } } }),
      SetEmailPreferences: () => ({
        data: { setEmailPreferences: { addressed: false, digests: true } },
      }),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'What is addressed to me' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save email preferences' }));
    await screen.findByText('Your email preferences are saved.');
    expect(sent.find((request) => request.operation === 'SetEmailPreferences')?.variables).toEqual({
      input: { addressed: false, digests: true },
    });
  });

  it('shows why a save was refused', async () => {
    fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      EmailPreferences: () => ({ data: { emailPreferences: { addressed: true, digests: true } } }),
      SetEmailPreferences: () => ({
        errors: [
          {
            message: 'You cannot change your email preferences: sign in first.',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      }),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Save email preferences' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('sign in first');
  });

  it('asks a visitor to sign in, and asks the API for nothing else', async () => {
    const sent = fakeGraphQLApi({ Viewer: () => VISITOR });
    renderPage();
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    await waitFor(() => expect(sent.map((request) => request.operation)).toEqual(['Viewer']));
  });
});
