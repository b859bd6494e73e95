import { DERBY_EDITOR_VIEWER, fakeGraphQLApi } from '@lgx/web/util';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { ForYou } from './for-you-panel';

const viewerWith = (changes: object, account: object = {}) => ({
  data: {
    viewer: {
      ...DERBY_EDITOR_VIEWER.data.viewer,
      account: { ...DERBY_EDITOR_VIEWER.data.viewer.account, ...account },
      ...changes,
    },
  },
});
const OFFICER = DERBY_EDITOR_VIEWER;
const VISITOR = viewerWith({ account: null, council: null, councilRole: null });
const FAILED = { errors: [{ message: 'Down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };

const news = (id: string, title: string, readAt: string | null) => ({
  id,
  title,
  reason: 'You follow Nottingham City Council',
  url: `/case-studies/${id}`,
  createdAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
  readAt,
});
const NEWS = {
  data: {
    notifications: {
      totalCount: 2,
      edges: [
        { node: news('n1', 'Chatbot for council tax', null) },
        { node: news('n2', 'Bin day finder', '2026-11-30T10:00:00.000Z') },
      ],
    },
  },
};
const NO_NEWS = { data: { notifications: { totalCount: 0, edges: [] } } };

const question = (id: string, text: string, subjectTitle: string | null) => ({
  node: {
    id,
    text,
    visibility: 'PUBLIC',
    askedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    askerCouncilName: 'Nottingham City Council',
    askedCouncilNames: ['Derby City Council'],
    canAnswer: true,
    answers: [],
    subjectTitle,
    subjectPath: `/case-studies/${id}-subject`,
  },
});
const questionsOf = (totalCount: number, edges: object[]) => ({
  data: {
    questionsForMyCouncil: { totalCount, pageInfo: { hasNextPage: false, endCursor: null }, edges },
  },
});
const QUESTIONS = questionsOf(7, [
  question('q1', 'How long did the chatbot take to train?', 'Council tax chatbot'),
  question('q2', `Which supplier ${'really '.repeat(40)}did you use?`, null),
]);

const contract = (changes: object = {}) => ({
  source: 'PUBLIC_CONTRACT',
  ocid: 'ocds-b5fd17-1',
  title: 'Library system',
  endsOn: '2027-09-30',
  supplierName: 'Acme Ltd',
  category: { code: '48000000', label: 'Software package and information systems' },
  ...changes,
});
const radarOf = (endings: object[], suggestions: object[]) => ({
  data: {
    renewalRadar: { endsFrom: '2027-06-02', endsTo: '2029-12-02', endings, suggestions },
  },
});
const RADAR = radarOf(
  [
    { contract: contract() },
    {
      contract: contract({
        source: 'SUPPLIER_EXPERIENCE',
        ocid: null,
        title: null,
        endsOn: '2028-03-31',
        supplierName: 'Chatty Ltd',
      }),
    },
  ],
  [
    {
      councilStatus: 'INVITED',
      group: {
        id: 'g1',
        title: 'East Midlands library systems',
        stageLabel: 'Forming',
        interestClosesOn: '2027-01-31',
        leadCouncil: { code: 'NOT', name: 'Nottingham City Council' },
      },
      contracts: [contract()],
    },
  ],
);

function renderForYou(answers: Parameters<typeof fakeGraphQLApi>[0]) {
  const received = fakeGraphQLApi(answers);
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter>
        <ForYou />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return received;
}

/** Lets pending answers arrive (and React render them) before asserting on what is absent. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

const part = (name: string) => screen.findByRole('region', { name });
const hrefOf = (region: HTMLElement, name: string) =>
  within(region).getByRole('link', { name }).getAttribute('href');

describe('ForYou on the home page', () => {
  it('shows a council officer what is new from their follows, their council’s questions, renewals and groups', async () => {
    const received = renderForYou({
      Viewer: () => OFFICER,
      FollowedNews: () => NEWS,
      MyCouncilQuestions: () => QUESTIONS,
      ForYouRenewals: () => RADAR,
    });
    const panel = await part('For you');
    expect(
      within(panel)
        .getAllByRole('heading')
        .map((heading) => `${heading.tagName} ${heading.textContent}`),
    ).toEqual([
      'H2 For you',
      'H3 New from what you follow',
      'H3 Questions waiting for your council',
      'H3 Your council’s renewals coming up',
      'H3 Groups that match',
    ]);

    const followed = await part('New from what you follow');
    expect(
      await within(followed).findByRole('link', { name: 'Chatbot for council tax' }),
    ).toHaveAttribute('href', '/case-studies/n1');
    const items = within(followed).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('New');
    expect(items[0]).toHaveTextContent('You follow Nottingham City Council, 3 days ago.');
    expect(items[1]).not.toHaveTextContent('New');
    expect(hrefOf(followed, 'All your notifications')).toBe('/notifications');

    const questions = await part('Questions waiting for your council');
    expect(await within(questions).findByText(/7 questions are waiting/)).toHaveTextContent(
      '7 questions are waiting for an answer; the newest 2:',
    );
    expect(hrefOf(questions, 'Council tax chatbot')).toBe('/case-studies/q1-subject');
    expect(within(questions).getByText(/“Which supplier/).textContent).toMatch(/really…”$/);
    expect(within(questions).getByText(/cannot open now, asked by Nottingham/)).toBeInTheDocument();

    const renewals = await part('Your council’s renewals coming up');
    expect(
      await within(renewals).findByText(/Ending between 2 June 2027 and 2 December 2029/),
    ).toBeInTheDocument();
    expect(hrefOf(renewals, 'Library system')).toBe('/contracts/ocds-b5fd17-1');
    expect(
      within(renewals).getByText('From Acme Ltd, ends 30 September 2027.'),
    ).toBeInTheDocument();
    expect(
      within(renewals).getByText('Supplier experience with Chatty Ltd, ends 31 March 2028.'),
    ).toBeInTheDocument();
    expect(within(renewals).queryByRole('link', { name: /Software package/ })).toBeNull();
    expect(hrefOf(renewals, 'All your council’s contracts ending')).toBe('/councils/DER');

    const groups = await part('Groups that match');
    expect(hrefOf(groups, 'East Midlands library systems')).toBe('/procurement-groups/g1');
    expect(within(groups).getByText('Invited')).toBeInTheDocument();
    expect(within(groups).getByText(/interest closes 31 January 2027/)).toHaveTextContent(
      'Matches your contract “Library system”, ending 30 September 2027.',
    );
    expect(hrefOf(groups, 'All groups for your council')).toBe('/councils/DER');

    const asked = (operation: string) => received.find((r) => r.operation === operation)?.variables;
    expect(asked('FollowedNews')).toEqual({ first: 5 });
    expect(asked('MyCouncilQuestions')).toMatchObject({ unansweredOnly: true, first: 3 });
    expect(asked('ForYouRenewals')).toEqual({ councilCode: 'DER' });
    // With news to show, what one follows is not asked for.
    expect(asked('Following')).toBeUndefined();
  });

  it('marks a new notification read when it is opened, and not one already read', async () => {
    const received = renderForYou({
      Viewer: () => OFFICER,
      FollowedNews: () => NEWS,
      MyCouncilQuestions: () => QUESTIONS,
      ForYouRenewals: () => RADAR,
      MarkNotificationRead: ({ id }) => ({
        data: { markNotificationRead: { id, readAt: '2026-12-01T10:00:00.000Z' } },
      }),
    });
    await userEvent.click(await screen.findByRole('link', { name: 'Bin day finder' }));
    await userEvent.click(screen.getByRole('link', { name: 'Chatbot for council tax' }));
    await settle();
    expect(
      received.filter((r) => r.operation === 'MarkNotificationRead').map((r) => r.variables),
    ).toEqual([{ id: 'n1' }]);
  });

  it('says what to do when there is nothing yet, in each part', async () => {
    const received = renderForYou({
      Viewer: () => OFFICER,
      FollowedNews: () => NO_NEWS,
      MyCouncilQuestions: () => questionsOf(0, []),
      ForYouRenewals: () => radarOf([], []),
    });
    const followed = await part('New from what you follow');
    expect(await within(followed).findByText(/Nothing new yet/)).toHaveTextContent(
      'Follow councils, topics or components, or save a search, to see new work here',
    );
    expect(hrefOf(followed, 'what you follow')).toBe('/following');
    expect(hrefOf(followed, 'search LGX')).toBe('/search');
    expect(received.some((r) => r.operation === 'Following')).toBe(true);
    expect(
      await within(await part('Questions waiting for your council')).findByText(
        /No question is waiting for an answer from Derby City Council/,
      ),
    ).toBeInTheDocument();
    const renewals = await part('Your council’s renewals coming up');
    expect(
      await within(renewals).findByText(
        /No contract of Derby City Council that LGX knows of ends between 2 June 2027 and 2 December 2029/,
      ),
    ).toBeInTheDocument();
    const groups = await part('Groups that match');
    expect(hrefOf(groups, 'Browse procurement groups')).toBe('/procurement-groups');
    expect(hrefOf(groups, 'start one')).toBe('/procurement-groups/new');
  });

  it('says there is nothing new from what one follows yet, counting it', async () => {
    renderForYou({
      Viewer: () => OFFICER,
      FollowedNews: () => NO_NEWS,
      Following: () => ({
        data: {
          following: ['DER', 'NOT'].map((code) => ({
            id: code,
            kind: 'COUNCIL',
            targetId: code,
            name: code,
            url: `/councils/${code}`,
            digest: 'DAILY',
            createdAt: '2026-11-01T10:00:00.000Z',
          })),
        },
      }),
      MyCouncilQuestions: () => questionsOf(0, []),
      ForYouRenewals: () => radarOf([], []),
    });
    const followed = await part('New from what you follow');
    expect(
      await within(followed).findByText(/Nothing new yet from the 2 things you follow/),
    ).toHaveTextContent('Follow more councils, topics or components, or save a search');
    expect(hrefOf(followed, 'what you follow')).toBe('/following');
  });

  it('says so in each part that cannot load, and keeps the others', async () => {
    renderForYou({
      Viewer: () => OFFICER,
      FollowedNews: () => FAILED,
      MyCouncilQuestions: () => QUESTIONS,
      ForYouRenewals: () => FAILED,
    });
    expect(
      await within(await part('New from what you follow')).findByText(
        /cannot be shown just now. Try again in a few minutes/,
      ),
    ).toHaveAttribute('role', 'status');
    expect(
      await within(await part('Questions waiting for your council')).findByRole('link', {
        name: 'Council tax chatbot',
      }),
    ).toBeInTheDocument();
    for (const name of ['Your council’s renewals coming up', 'Groups that match']) {
      const region = await part(name);
      expect(
        await within(region).findByText(/renewal radar cannot be shown just now/),
      ).toBeInTheDocument();
      expect(hrefOf(region, 'procurement groups')).toBe('/procurement-groups');
    }
    expect(screen.queryByText(/INTERNAL_SERVER_ERROR|Down/)).toBeNull();
  });

  it('says each part is loading until it has loaded', async () => {
    const never = () => new Promise<never>(() => undefined);
    renderForYou({
      Viewer: () => OFFICER,
      FollowedNews: never,
      MyCouncilQuestions: never,
      ForYouRenewals: never,
    });
    expect(await screen.findByText('Loading news of what you follow…')).toBeInTheDocument();
    expect(screen.getByText('Loading questions to your council…')).toBeInTheDocument();
    expect(screen.getByText('Loading your council’s contracts ending…')).toBeInTheDocument();
    expect(screen.getByText('Loading groups your council could join…')).toBeInTheDocument();
  });

  it('shows a visitor nothing and asks nothing of the API for them', async () => {
    const received = renderForYou({ Viewer: () => VISITOR });
    await settle();
    expect(received.map((r) => r.operation)).toEqual(['Viewer']);
    expect(screen.queryByRole('region', { name: 'For you' })).toBeNull();
    expect(screen.queryByTestId('for-you-no-council')).toBeNull();
  });

  it('tells a signed-in person with no council how to join theirs', async () => {
    const received = renderForYou({
      Viewer: () => viewerWith({ council: null, councilRole: null }),
    });
    expect(
      await screen.findByRole('link', { name: 'link your account to your council' }),
    ).toHaveAttribute('href', '/account');
    expect(screen.queryByRole('region', { name: 'For you' })).toBeNull();
    expect(received.map((r) => r.operation)).toEqual(['Viewer']);
  });

  it('asks an unconfirmed account to confirm its address first', async () => {
    renderForYou({
      Viewer: () => viewerWith({ council: null, councilRole: null }, { emailVerified: false }),
    });
    expect(await screen.findByRole('link', { name: 'get a new link' })).toHaveAttribute(
      'href',
      '/verify-email/new',
    );
  });

  it('asks a person half way through signing in to finish it, not to join a council', async () => {
    renderForYou({
      Viewer: () => viewerWith({ council: null, councilRole: null, mfaChallengePending: true }),
    });
    expect(
      await screen.findByRole('link', { name: 'Finish signing in with your two-factor code' }),
    ).toHaveAttribute('href', '/sign-in/two-factor');
    expect(screen.queryByText(/not linked to a council/)).toBeNull();
  });

  it('shows LGX staff without a council nothing', async () => {
    renderForYou({
      Viewer: () => viewerWith({ council: null, councilRole: null, platformRoles: ['ADMIN'] }),
    });
    await settle();
    expect(screen.queryByRole('region', { name: 'For you' })).toBeNull();
    expect(screen.queryByTestId('for-you-no-council')).toBeNull();
  });
});
