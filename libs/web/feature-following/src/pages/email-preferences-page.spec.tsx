import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { EmailPreferencesPage } from './email-preferences-page';
import { expectNoAxeViolations, expectSignInFirst, renderPageAt } from './page-test-kit';

const renderPage = () => renderPageAt('/email-preferences', <EmailPreferencesPage />);

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
    await expectNoAxeViolations();
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

  it('asks a visitor to sign in, and asks the API for nothing else', () =>
    expectSignInFirst('/email-preferences', <EmailPreferencesPage />));
});
