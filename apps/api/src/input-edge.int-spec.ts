import { encodeCursor } from '@lgx/api/core/graphql';
import { bootTestApp, signedIn, type TestApp, type TestSession } from '@lgx/api/testing';
import { parse } from 'graphql';

import { createApp } from './bootstrap';

/** The query of issue 13: 5 MB of one directive, repeated. */
const FIVE_MB_OF_DIRECTIVES = `{ councils ${'@include(if: true) '.repeat(280_000)} { totalCount } }`;

describe('input refused at the edge (PostgreSQL + Meilisearch)', () => {
  let harness: TestApp;
  let officer: TestSession;

  beforeAll(async () => {
    harness = await bootTestApp((config) => createApp(config, { logger: ['error'] }));
    officer = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
  });

  afterAll(async () => {
    await harness?.close();
  });

  const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.['code'];

  describe('one large query', () => {
    it('refuses 5 MB of directives with QUERY_TOO_LARGE, in less time than parsing it takes, while /health/live answers', async () => {
      // What the server would spend parsing it, measured here on the same machine.
      const parseStarted = performance.now();
      expect(() => parse(FIVE_MB_OF_DIRECTIVES)).not.toThrow();
      const parseTime = performance.now() - parseStarted;

      const started = performance.now();
      const big = harness
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: FIVE_MB_OF_DIRECTIVES })
        .then((response) => ({ response, took: performance.now() - started }));
      const health = harness.http().get('/health/live');
      const [{ response, took }, live] = await Promise.all([big, health]);

      expect(live.status).toBe(200);
      expect(response.status).toBe(413);
      expect(response.body.errors).toEqual([
        {
          message: expect.stringMatching(/^This query is [\d,]+ KB; the limit is 100 KB\./),
          extensions: { code: 'QUERY_TOO_LARGE' },
        },
      ]);
      // Relative, not a timed budget: refused without being parsed.
      expect(took).toBeLessThan(parseTime);
    });

    it('refuses a small document of many tokens, and many directives, before parsing', async () => {
      const tokens = await harness.graphql(`{ councils { ${'totalCount '.repeat(6_000)} } }`);
      expect(tokens.status).toBe(400);
      expect(codeOf(tokens)).toBe('QUERY_TOO_LARGE');
      const directives = await harness.graphql(
        `{ councils { totalCount ${'@skip(if: false) '.repeat(60)} } }`,
      );
      expect(directives.status).toBe(400);
      expect(directives.errors).toEqual([
        {
          message: expect.stringMatching(/^This query uses 60 directives; the limit is 50\./),
          extensions: { code: 'QUERY_TOO_COMPLEX' },
        },
      ]);
    });

    it('still answers ordinary queries', async () => {
      const response = await harness.graphql<{ councils: { totalCount: number } }>(
        '{ councils(first: 2) @include(if: true) { totalCount } }',
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.councils.totalCount).toBeGreaterThan(300);
    });
  });

  describe('bad values', () => {
    it('refuses a NUL in a nested input field with BAD_USER_INPUT naming its path', async () => {
      const response = await harness.graphql(
        'query ($filter: CouncilsFilterInput) { councils(filter: $filter) { totalCount } }',
        { filter: { search: 'Derby\u0000' } },
      );
      expect(response.status).toBe(400);
      expect(response.errors).toEqual([
        {
          message: expect.stringMatching(/^"filter\.search" contains a NUL character/),
          extensions: {
            code: 'BAD_USER_INPUT',
            argumentName: 'filter',
            field: 'filter.search',
            fields: [{ field: 'filter.search', message: expect.any(String) }],
          },
        },
      ]);
    });

    it('refuses a NUL in an inline literal of a mutation, and stores nothing', async () => {
      const before = await harness.dataSource.query('SELECT count(*)::int AS n FROM account');
      const response = await harness.graphql(
        String.raw`mutation { signUp(input: { email: "a@example.org", name: "A\u0000", jobTitle: "x", password: "correct horse battery staple" }) { __typename } }`,
      );
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/^"input\.name" contains a NUL/);
      expect(await harness.dataSource.query('SELECT count(*)::int AS n FROM account')).toEqual(
        before,
      );
    });

    it('refuses a lone surrogate in a search with BAD_USER_INPUT', async () => {
      const response = await officer.graphql(
        'query ($q: String) { search(query: $q) { totalCount } }',
        { q: 'bins \ud800' },
      );
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/^"query" is not valid Unicode/);
    });

    it('refuses an id that is not a UUID with BAD_USER_INPUT', async () => {
      for (const id of ['1', 'toString', "1' OR '1'='1"]) {
        const response = await officer.graphql(
          'query ($id: ID!) { procurementGroup(id: $id) { id } }',
          { id },
        );
        expect(response.errors).toEqual([
          expect.objectContaining({
            message: expect.stringMatching(/^"id" is not an id this API gave out/),
            extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'id' }),
          }),
        ]);
      }
    });

    it.each([
      ['not base64url', '***'],
      ['not a sort key', Buffer.from('{"a":1}').toString('base64url')],
      ['a sort key of the wrong kinds', encodeCursor(['yesterday', 'not-a-uuid'])],
      [
        'an impossible date in the sort key',
        encodeCursor(['2023-02-30T00:00:00.000Z', '3f1c2b8e-9d4a-4c1e-8f0a-1b2c3d4e5f60']),
      ],
    ])('refuses a group list cursor that is %s with BAD_CURSOR', async (_why, after) => {
      const response = await officer.graphql(
        'query ($after: String) { procurementGroups(after: $after) { totalCount } }',
        { after },
      );
      expect(codeOf(response)).toBe('BAD_CURSOR');
    });

    it('refuses non-UUID ids in the paths of plain HTTP routes with 400, not 500', async () => {
      for (const path of [
        '/attachments/not-a-uuid/file.pdf',
        '/procurement-documents/1/file.pdf',
        '/procurement-exports/toString/ocds.json',
      ]) {
        const response = await harness.http().get(path).set('cookie', officer.cookie);
        expect({
          path,
          status: response.status,
          code: response.body.errors?.[0]?.extensions?.code,
        }).toEqual({
          path,
          status: 400,
          code: 'BAD_USER_INPUT',
        });
      }
      const upload = await harness
        .http()
        .post('/case-studies/1/attachments')
        .set('cookie', officer.cookie)
        .set('x-filename', 'a.pdf')
        .send(Buffer.from('%PDF-1.4'));
      expect(upload.status).toBe(400);
    });
  });
});
