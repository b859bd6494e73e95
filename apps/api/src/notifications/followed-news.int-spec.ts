import { signedIn, type TestApp, type TestSession } from '@lgx/api/testing';

import { bootNotificationsApp } from './notifications-test-app';

const NEWS = `query($kind: NotificationKind, $first: Int, $after: String) {
  notifications(kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { kind title } } } }`;

type Page = {
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { kind: string; title: string } }[];
  };
};

/** Issue 17, the home page's "new from what you follow": notifications of one kind. */
describe('notifications of one kind', () => {
  let harness: TestApp;
  let reader: TestSession;
  let otherCouncil: TestSession;

  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.code;

  /** Notifications for one account, the first the newest: "<prefix> 1" is the newest. */
  const tell = (accountId: string, prefix: string, kinds: ('FOLLOWED' | 'ADDRESSED')[]) =>
    harness.dataSource.query(
      `INSERT INTO notification (account_id, kind, event, event_key, subject_type, subject_id, title, reason, url, created_at)
       SELECT $1, kinds.kind, 'content.published', $2 || n, 'case_study', 'id' || n, $2 || ' ' || n,
              'You follow Derby', '/case-studies/' || n, now() - n * interval '1 minute'
         FROM unnest($3::text[]) WITH ORDINALITY AS kinds(kind, n)`,
      [accountId, prefix, kinds],
    );

  const titles = (page: { data?: Page | null }) =>
    page.data!.notifications.edges.map((edge) => `${edge.node.kind} ${edge.node.title}`);

  beforeAll(async () => {
    harness = await bootNotificationsApp();
    reader = await signedIn(harness, { council: 'NOT' });
    otherCouncil = await signedIn(harness, { council: 'DER' });
    await tell(reader.accountId, 'Mine', [
      'ADDRESSED',
      'FOLLOWED',
      'ADDRESSED',
      'ADDRESSED',
      'FOLLOWED',
      'FOLLOWED',
    ]);
    await tell(otherCouncil.accountId, 'Theirs', ['FOLLOWED']);
  });
  afterAll(() => harness?.close());

  it('lists only what the reader follows, newest first, counted and paged within that kind', async () => {
    const first = await reader.graphql<Page>(NEWS, { kind: 'FOLLOWED', first: 2 });
    expect(first.errors).toBeUndefined();
    expect(titles(first)).toEqual(['FOLLOWED Mine 2', 'FOLLOWED Mine 5']);
    expect(first.data!.notifications.totalCount).toBe(3);
    expect(first.data!.notifications.pageInfo.hasNextPage).toBe(true);
    const next = await reader.graphql<Page>(NEWS, {
      kind: 'FOLLOWED',
      first: 2,
      after: first.data!.notifications.pageInfo.endCursor,
    });
    expect(titles(next)).toEqual(['FOLLOWED Mine 6']);
    expect(next.data!.notifications.pageInfo.hasNextPage).toBe(false);

    const addressed = await reader.graphql<Page>(NEWS, { kind: 'ADDRESSED', first: 5 });
    expect(titles(addressed)).toEqual(['ADDRESSED Mine 1', 'ADDRESSED Mine 3', 'ADDRESSED Mine 4']);
    expect(addressed.data!.notifications.totalCount).toBe(3);

    const every = await reader.graphql<Page>(NEWS, { first: 10 });
    expect(every.data!.notifications.totalCount).toBe(6);
    expect(titles(every)).toHaveLength(6);
  });

  it('shows another council’s officer only their own, and a visitor nothing', async () => {
    const theirs = await otherCouncil.graphql<Page>(NEWS, { kind: 'FOLLOWED', first: 5 });
    expect(titles(theirs)).toEqual(['FOLLOWED Theirs 1']);
    expect(theirs.data!.notifications.totalCount).toBe(1);
    const visitor = await harness.graphql<Page>(NEWS, { kind: 'FOLLOWED', first: 5 });
    expect(code(visitor)).toBe('UNAUTHENTICATED');
    expect(visitor.data?.notifications).toBeFalsy();
  });

  it('refuses a kind that does not exist, saying which kinds do', async () => {
    const result = await reader.graphql(NEWS, { kind: 'EVERYTHING', first: 5 });
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/FOLLOWED|NotificationKind/);
    expect(JSON.stringify(result)).not.toMatch(/\bat \w+ \(/);
  });
});
