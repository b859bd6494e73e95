import { signedIn, type TestApp, type TestSession } from '@lgx/api/testing';

import {
  bootNotificationsApp,
  indexed,
  insertCaseStudy,
  insertGroup,
  recorded,
} from './notifications-test-app';

const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { id kind targetId name url digest } }`;
const UNFOLLOW = `mutation($input: FollowInput!) { unfollow(input: $input) }`;
const SAVE = `mutation($search: SavedSearchInput!) { saveSearch(search: $search) { id kind targetId name url } }`;
const FOLLOWING = `{ following { id kind targetId name url digest } }`;
const DIGEST = `mutation($id: ID!, $digest: DigestFrequency!) { setFollowDigest(id: $id, digest: $digest) { id digest } }`;
const PAGE = `query($first: Int, $after: String) { notifications(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id title url readAt } } } unreadNotificationCount }`;
const MARK = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;

type FollowShape = {
  id: string;
  kind: string;
  targetId: string;
  name: string;
  url: string;
  digest: string;
};

/** Issue 17: following each kind of thing, and the notifications page. */
describe('follows and notifications over GraphQL', () => {
  let harness: TestApp;
  let officer: TestSession;
  let other: TestSession;

  beforeAll(async () => {
    harness = await bootNotificationsApp();
    officer = await signedIn(harness, { council: 'NOT' });
    other = await signedIn(harness, { council: 'KEN' });
  });
  afterAll(() => harness?.close());

  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.code;

  it('follows and unfollows each kind, idempotently, named and linked', async () => {
    const [{ id: component }] = await harness.dataSource.query(
      `INSERT INTO component (name, kind, summary, licence, maturity, maintaining_council_codes, status)
       VALUES ('Bin day finder', 'SERVICE_PATTERN', 'S', 'MIT', 'LIVE', '{DER}', 'PUBLISHED') RETURNING id`,
    );
    const [{ id: supplier }] = await harness.dataSource.query(
      `INSERT INTO supplier (name) VALUES ('Chatty Ltd') RETURNING id`,
    );
    const group = await insertGroup(harness, 'DER', 'OPEN', ['DER']);
    const cases = [
      ['COUNCIL', 'der', 'DER', 'Derby City Council', '/councils/DER'],
      [
        'TOPIC',
        'technology:generative_ai',
        'TECHNOLOGY:GENERATIVE_AI',
        'Generative AI',
        '/topics/technology/generative-ai',
      ],
      ['COMPONENT', component, component, 'Bin day finder', `/components/${component}`],
      ['SUPPLIER', supplier, supplier, 'Chatty Ltd', `/suppliers/${supplier}`],
      ['PROCUREMENT_GROUP', group, group, 'Shared chatbot', `/procurement-groups/${group}`],
    ] as const;
    for (const [kind, given, targetId, name, url] of cases) {
      const first = await officer.graphql<{ follow: FollowShape }>(FOLLOW, {
        input: { kind, targetId: given },
      });
      expect(first.errors).toBeUndefined();
      expect(first.data!.follow).toMatchObject({ kind, targetId, name, url, digest: 'DAILY' });
      const again = await officer.graphql<{ follow: FollowShape }>(FOLLOW, {
        input: { kind, targetId: given },
      });
      expect(again.data!.follow.id).toBe(first.data!.follow.id);
    }
    const saved = await officer.graphql<{ saveSearch: FollowShape }>(SAVE, {
      search: { query: ' chatbot ', types: ['CASE_STUDY'] },
    });
    expect(saved.data!.saveSearch).toMatchObject({
      kind: 'SAVED_SEARCH',
      name: '“chatbot” with 1 filter',
      url: '/search?q=chatbot&type=case-study',
    });
    const listed = await officer.graphql<{ following: FollowShape[] }>(FOLLOWING);
    expect(listed.data!.following.map((f) => f.kind).sort()).toEqual([
      'COMPONENT',
      'COUNCIL',
      'PROCUREMENT_GROUP',
      'SAVED_SEARCH',
      'SUPPLIER',
      'TOPIC',
    ]);
    for (const [kind, , targetId] of [
      ...cases,
      ['SAVED_SEARCH', '', saved.data!.saveSearch.targetId] as const,
    ]) {
      expect((await officer.graphql(UNFOLLOW, { input: { kind, targetId } })).data).toEqual({
        unfollow: true,
      });
      expect((await officer.graphql(UNFOLLOW, { input: { kind, targetId } })).data).toEqual({
        unfollow: false,
      });
    }
    expect(
      (await officer.graphql<{ following: FollowShape[] }>(FOLLOWING)).data!.following,
    ).toEqual([]);
  });

  it('refuses unknown targets with a clear error and changes nothing', async () => {
    const tries = [
      [{ kind: 'COUNCIL', targetId: 'NOPE' }, 'NOT_FOUND'],
      [{ kind: 'TOPIC', targetId: 'SERVICE_AREA:BALLOONS' }, 'BAD_USER_INPUT'],
      [{ kind: 'COMPONENT', targetId: 'not-an-id' }, 'NOT_FOUND'],
      [{ kind: 'COMPONENT', targetId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      [{ kind: 'SAVED_SEARCH', targetId: 'x' }, 'BAD_USER_INPUT'],
    ] as const;
    for (const [input, expected] of tries) {
      const result = await officer.graphql(FOLLOW, { input });
      expect(code(result)).toBe(expected);
      expect(result.errors![0]!.message).toMatch(/\w+/);
    }
    expect(code(await officer.graphql(SAVE, { search: { query: '  ' } }))).toBe('BAD_USER_INPUT');
    expect(code(await officer.graphql(SAVE, { search: { query: 'x', types: ['BALLOON'] } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      code(await harness.graphql(FOLLOW, { input: { kind: 'COUNCIL', targetId: 'DER' } })),
    ).toBe('UNAUTHENTICATED');
    expect(
      (await officer.graphql<{ following: FollowShape[] }>(FOLLOWING)).data!.following,
    ).toEqual([]);
  });

  it('refuses every mutation to a visitor, and lets every signed-in role follow and unfollow', async () => {
    const follow = { input: { kind: 'COUNCIL', targetId: 'DER' } };
    const mutations: [string, Record<string, unknown>][] = [
      [FOLLOW, follow],
      [UNFOLLOW, follow],
      [SAVE, { search: { query: 'chatbot' } }],
      [DIGEST, { id: '00000000-0000-4000-8000-000000000000', digest: 'WEEKLY' }],
      [MARK, { id: '00000000-0000-4000-8000-000000000000' }],
      [MARK_ALL, {}],
    ];
    for (const [mutation, variables] of mutations)
      expect(code(await harness.graphql(mutation, variables))).toBe('UNAUTHENTICATED');
    expect(await harness.dataSource.query(`SELECT 1 FROM follow WHERE target_key = 'DER'`)).toEqual(
      [],
    );
    const roles = [
      {},
      { unverified: true },
      { council: 'DER' },
      { council: 'DER', role: 'EDITOR' },
      { council: 'DER', role: 'ADMIN' },
      { platformRole: 'MODERATOR' },
      { platformRole: 'ADMIN' },
    ] as const;
    for (const role of roles) {
      const person = await signedIn(harness, role);
      const followed = await person.graphql<{ follow: FollowShape }>(FOLLOW, follow);
      expect(followed.errors).toBeUndefined();
      expect(
        (await person.graphql(DIGEST, { id: followed.data!.follow.id, digest: 'WEEKLY' })).errors,
      ).toBeUndefined();
      expect((await person.graphql(MARK_ALL)).data).toEqual({ markAllNotificationsRead: 0 });
      expect((await person.graphql(UNFOLLOW, follow)).data).toEqual({ unfollow: true });
    }
  });

  it('forgets the follows and notifications of an account when it is deleted', async () => {
    const leaving = await signedIn(harness, { council: 'NOT' });
    const kept = await signedIn(harness, { council: 'NOT' });
    for (const who of [leaving, kept]) {
      expect(
        (await who.graphql(FOLLOW, { input: { kind: 'COUNCIL', targetId: 'DER' } })).errors,
      ).toBeUndefined();
      await harness.dataSource.query(
        `INSERT INTO notification (account_id, kind, event, event_key, subject_type, subject_id, title, reason, url)
         VALUES ($1, 'FOLLOWED', 'content.published', 'k', 'case_study', 'x', 'T', 'R', '/')`,
        [who.accountId],
      );
    }
    // As the identity feature deletes an account: anonymised, status "deleted".
    await harness.dataSource.query(
      `UPDATE account SET status = 'deleted', email = NULL WHERE id = $1`,
      [leaving.accountId],
    );
    const left = async (id: string) =>
      (
        await harness.dataSource.query(
          `SELECT (SELECT count(*) FROM follow WHERE account_id = $1)::int AS follows,
                  (SELECT count(*) FROM notification WHERE account_id = $1)::int AS notifications`,
          [id],
        )
      )[0];
    expect(await left(leaving.accountId)).toEqual({ follows: 0, notifications: 0 });
    expect(await left(kept.accountId)).toEqual({ follows: 1, notifications: 1 });
  });

  it('changes the digest of one’s own follow only', async () => {
    const mine = await officer.graphql<{ follow: FollowShape }>(FOLLOW, {
      input: { kind: 'COUNCIL', targetId: 'SKP' },
    });
    const id = mine.data!.follow.id;
    expect(code(await other.graphql(DIGEST, { id, digest: 'WEEKLY' }))).toBe('NOT_FOUND');
    const changed = await officer.graphql(DIGEST, { id, digest: 'WEEKLY' });
    expect(changed.data).toEqual({ setFollowDigest: { id, digest: 'WEEKLY' } });
  });

  it('pages notifications newest first in a constant number of queries, and marks them read', async () => {
    const reader = await signedIn(harness, { council: 'DER' });
    await harness.dataSource.query(
      `INSERT INTO notification (account_id, kind, event, event_key, subject_type, subject_id, title, reason, url, created_at)
       SELECT $1, 'FOLLOWED', 'content.published', 'k' || n, 'case_study', 'id' || n, 'Study ' || n, 'You follow Derby', '/case-studies/' || n,
              now() - n * interval '1 minute'
         FROM generate_series(1, 60) AS n`,
      [reader.accountId],
    );
    const counted = async (first: number) => {
      const logger = harness.dataSource.logger;
      let queries = 0;
      const counting = Object.create(logger, {
        logQuery: {
          value: (...args: Parameters<typeof logger.logQuery>) => {
            // The request's own queries (its session, its notifications), not background work.
            if (/\b(session|notification)\b/.test(args[0])) queries += 1;
            return logger.logQuery(...args);
          },
        },
      });
      Object.defineProperty(harness.dataSource, 'logger', { value: counting, configurable: true });
      try {
        const page = await reader.graphql<{
          notifications: { edges: { node: { title: string } }[] };
        }>(PAGE, { first });
        expect(page.data!.notifications.edges).toHaveLength(first);
      } finally {
        Object.defineProperty(harness.dataSource, 'logger', { value: logger, configurable: true });
      }
      return queries;
    };
    await indexed(harness);
    const small = await counted(5);
    const large = await counted(50);
    console.log(
      `SQL queries per notifications page (with the unread count): ${small} for 5, ${large} for 50`,
    );
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(5);

    type Page = {
      notifications: {
        totalCount: number;
        pageInfo: { endCursor: string };
        edges: { node: { id: string; title: string } }[];
      };
      unreadNotificationCount: number;
    };
    const first = await reader.graphql<Page>(PAGE, { first: 2 });
    expect(first.data!.notifications.edges.map((e) => e.node.title)).toEqual([
      'Study 1',
      'Study 2',
    ]);
    expect(first.data!.unreadNotificationCount).toBe(60);
    const next = await reader.graphql<Page>(PAGE, {
      first: 2,
      after: first.data!.notifications.pageInfo.endCursor,
    });
    expect(next.data!.notifications.edges.map((e) => e.node.title)).toEqual(['Study 3', 'Study 4']);
    expect(code(await reader.graphql(PAGE, { after: 'bogus!' }))).toBe('BAD_CURSOR');
    const one = first.data!.notifications.edges[0]!.node.id;
    expect(code(await other.graphql(MARK, { id: one }))).toBe('NOT_FOUND');
    expect((await reader.graphql(MARK, { id: one })).errors).toBeUndefined();
    expect((await reader.graphql<Page>(PAGE, { first: 1 })).data!.unreadNotificationCount).toBe(59);
    expect((await reader.graphql(MARK_ALL)).data).toEqual({ markAllNotificationsRead: 59 });
    expect((await reader.graphql<Page>(PAGE, { first: 1 })).data!.unreadNotificationCount).toBe(0);
  });

  it('records content.published in the publish path of a case study', async () => {
    const editor = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
    const id = await insertCaseStudy(harness, {
      title: 'Publish me',
      council: 'DER',
      status: 'DRAFT',
    });
    await harness.dataSource.query(`UPDATE case_study SET published_at = NULL WHERE id = $1`, [id]);
    await indexed(harness);
    const published = await editor.graphql(
      `mutation($id: ID!) { publishCaseStudy(id: $id) { id } }`,
      { id },
    );
    expect(published.errors).toBeUndefined();
    expect(recorded.events).toContainEqual({
      type: 'content.published',
      contentType: 'case_study',
      id,
      change: 'new',
    });
  });
});
