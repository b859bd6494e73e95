import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { FollowingPage } from './following-page';
import { expectNoAxeViolations, expectSignInFirst, renderPageAt } from './page-test-kit';

const DERBY = {
  id: 'f1',
  kind: 'COUNCIL',
  targetId: 'DER',
  name: 'Derby City Council',
  url: '/councils/DER',
  digest: 'DAILY',
  createdAt: '2026-12-01T09:00:00.000Z',
};
const CHATBOT = {
  id: 'f2',
  kind: 'SAVED_SEARCH',
  targetId: 'abc',
  name: '“chatbot”',
  url: '/search?q=chatbot',
  digest: 'WEEKLY',
  createdAt: '2026-11-30T09:00:00.000Z',
};

const renderPage = () => renderPageAt('/following', <FollowingPage />);

describe('FollowingPage', () => {
  it('lists what is followed, linked, with its kind and digest, and passes axe', async () => {
    fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      Following: () => ({ data: { following: [DERBY, CHATBOT] } }),
    });
    renderPage();
    const table = await screen.findByRole('table', { name: 'You follow 2 things' });
    const derby = within(table).getByRole('row', { name: /Derby City Council/ });
    expect(within(derby).getByRole('link', { name: 'Derby City Council' })).toHaveAttribute(
      'href',
      '/councils/DER',
    );
    expect(derby).toHaveTextContent('CouncilDaily');
    expect(within(derby).getByRole('rowheader')).toHaveTextContent('Derby City Council');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['What', 'Kind', 'Digest email', 'Actions']);
    expect(within(table).getByRole('row', { name: /chatbot/ })).toHaveTextContent(
      'Saved searchWeekly',
    );
    await expectNoAxeViolations();
  });

  it('unfollows and changes a digest at a press, and says so', async () => {
    let follows = [DERBY, CHATBOT];
    const sent = fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      Following: () => ({ data: { following: follows } }),
      Unfollow: () => {
        follows = [CHATBOT];
        return { data: { unfollow: true } };
      },
      SetFollowDigest: () => ({ data: { setFollowDigest: { id: 'f2', digest: 'DAILY' } } }),
    });
    renderPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Unfollow Derby City Council' }),
    );
    await screen.findByText('You no longer follow Derby City Council.');
    await screen.findByRole('table', { name: 'You follow 1 thing' });
    expect(sent.find((request) => request.operation === 'Unfollow')?.variables).toEqual({
      input: { kind: 'COUNCIL', targetId: 'DER' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Make it daily for “chatbot”' }));
    await screen.findByText('“chatbot”: a daily digest.');
    expect(sent.find((request) => request.operation === 'SetFollowDigest')?.variables).toEqual({
      id: 'f2',
      digest: 'DAILY',
    });
  });

  it('says how to start when nothing is followed, and loads first', async () => {
    fakeGraphQLApi({
      Viewer: () => DERBY_EDITOR_VIEWER,
      Following: () => ({ data: { following: [] } }),
    });
    renderPage();
    expect(await screen.findByText('Loading what you follow…')).toBeInTheDocument();
    expect(await screen.findByText(/You do not follow anything yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'search page' })).toHaveAttribute('href', '/search');
  });

  it('asks a visitor to sign in, and asks the API for nothing else', () =>
    expectSignInFirst('/following', <FollowingPage />));
});
