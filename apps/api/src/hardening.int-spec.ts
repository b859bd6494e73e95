import { readFileSync } from 'node:fs';
import path from 'node:path';

import { API_KEEP_ALIVE_MS } from '@lgx/api/core/http';
import { bootTestApp, type TestApp } from '@lgx/api/testing';

import { bootApiServingWeb } from '../test/api-test-app';
import { createApp } from './bootstrap';

/** `council(code: "DER") { county { county { ... { name } } } }`, `levels` fields deep. */
function nestedQuery(levels: number): string {
  return `{ council(code: "DER") ${'{ county '.repeat(levels - 2)}{ name }${' }'.repeat(levels - 2)} }`;
}

/** The upstream keepalive_timeout of the nginx template the deployments use, in seconds. */
function nginxUpstreamKeepAliveSeconds(): number {
  const template = readFileSync(
    path.join(__dirname, '../../../infra/deploy/nginx/lgx.conf.template'),
    'utf8',
  );
  const match = /\nupstream lgx_api \{(?:(?!\n\})[\s\S])*?keepalive_timeout (\d+)s;/.exec(template);
  if (!match) throw new Error('No keepalive_timeout in the upstream block of the nginx template');
  return Number(match[1]);
}

const CSP =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self' data:;connect-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'self';object-src 'none'";

function expectSecurityHeaders(headers: Record<string, string | undefined>): void {
  expect(headers['content-security-policy']).toBe(CSP);
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-powered-by']).toBeUndefined();
  // Not production: no HSTS over plain HTTP.
  expect(headers['strict-transport-security']).toBeUndefined();
}

describe('API limits and headers (PostgreSQL + Meilisearch)', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await bootApiServingWeb({
      'assets/index-abc.js': 'console.log("LGX");',
      'assets/index-abc.js.map': '{"sources":["main.tsx"]}',
    });
  });

  afterAll(() => harness?.close());

  it('keeps idle connections longer than the proxy in front keeps its own (nginx: 30 s)', async () => {
    // Node's default, 5 s, let nginx reuse a connection just as the API closed it (decision 0068).
    const response = await harness.http().get('/health/live').set('Connection', 'keep-alive');
    expect(response.status).toBe(200);
    expect(response.headers['keep-alive']).toBe(`timeout=${API_KEEP_ALIVE_MS / 1000}`);
    expect(API_KEEP_ALIVE_MS).toBeGreaterThan(nginxUpstreamKeepAliveSeconds() * 1000);
  });

  it('answers a normal councils query', async () => {
    const response = await harness.graphql<{ councils: { totalCount: number } }>(
      '{ councils(first: 20) { totalCount edges { node { code name } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.councils.totalCount).toBeGreaterThan(300);
  });

  it('refuses a query nested 50 levels deep with 400 and QUERY_TOO_COMPLEX', async () => {
    const response = await harness.graphql(nestedQuery(50));
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      {
        message: expect.stringMatching(/^This query is nested 50 levels deep; the limit is 12\./),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      },
    ]);
  });

  it('refuses 100 aliases with 400 and QUERY_TOO_COMPLEX', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `c${i}: council(code: "DER") { name }`);
    const response = await harness.graphql(`{ ${aliases.join(' ')} }`);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: expect.stringMatching(/^This query uses 100 aliases; the limit is 30\./),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      },
    ]);
  });

  it('refuses an expensive connection query with 400 and QUERY_TOO_COMPLEX', async () => {
    const response = await harness.graphql(
      '{ councils(first: 100) { edges { node { memberCouncils { memberCouncils { name } } } } } }',
    );
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: expect.stringMatching(
          /^This query could cost [\d,]+ points .*the limit is 10,000\./,
        ),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      },
    ]);
  });

  it('refuses a 10 MB body with 413 and a JSON error, no HTML or stack trace', async () => {
    const body = JSON.stringify({
      query: `{ councils { totalCount } } #${'x'.repeat(10 * 1024 * 1024)}`,
    });
    const response = await harness
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(body);
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'The request is too large: the limit is 6 MB.',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    expectSecurityHeaders(response.headers);
  });

  it.each([
    [
      'a persisted query hash',
      {
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } },
      },
    ],
    [
      'a persisted query of another version',
      {
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } },
      },
    ],
    ['a subscription', { query: 'subscription { councils { totalCount } }' }],
  ])(
    'answers %s with a request error a client can act on, never an internal error',
    async (_what, body) => {
      const response = await harness
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send(body);
      const codes = (response.body.errors ?? []).map(
        (error: { extensions?: { code?: string } }) => error.extensions?.code,
      );
      expect(codes.length).toBeGreaterThan(0);
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(response.body.data ?? undefined).toBeUndefined();
    },
  );

  it('refuses malformed JSON with 400 and a clear JSON error', async () => {
    const response = await harness
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": "{ councils { totalCount } }"');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.errors).toEqual([
      {
        message: expect.stringMatching(/^The request body is not valid JSON\./),
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
  });

  it('sends the security headers from /graphql', async () => {
    const response = await harness
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }' })
      .expect(200);
    expectSecurityHeaders(response.headers);
  });

  it('answers a query sent as a GET, as the web app sends its reads, and lets nothing cache it', async () => {
    const query = 'query Council($code: String!) { council(code: $code) { name } }';
    const response = await harness
      .http()
      .get('/graphql')
      .query({ query, variables: JSON.stringify({ code: 'DER' }) })
      .set('apollo-require-preflight', 'true')
      .set('accept', 'application/json')
      .expect(200);
    expect(response.body).toEqual({
      data: { council: { name: expect.stringContaining('Derby') } },
    });
    // Answers depend on who asks (the session cookie): never kept by a browser or a proxy.
    expect(response.headers['cache-control']).toMatch(/no-store/);
    expectSecurityHeaders(response.headers);
  });

  it('refuses a GET another site could forge, and a mutation by GET, changing nothing', async () => {
    // Without the header a page elsewhere cannot send without a preflight: CSRF prevention.
    const forged = await harness
      .http()
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .expect(400);
    expect(JSON.stringify(forged.body ?? forged.text)).not.toMatch(/at .*\.(ts|js):\d+/);
    const mutation = await harness
      .http()
      .get('/graphql')
      .query({ query: 'mutation { signOut }' })
      .set('apollo-require-preflight', 'true')
      .expect(405);
    expect(JSON.stringify(mutation.body)).toMatch(/GET/);
  });

  it('sends the security headers with a web page', async () => {
    const response = await harness
      .http()
      .get('/councils/DER')
      .set('accept', 'text/html')
      .expect(200);
    expect(response.text).toContain('LGX test shell');
    expectSecurityHeaders(response.headers);
  });

  it('serves the scripts of the web app but never their source maps', async () => {
    const script = await harness.http().get('/assets/index-abc.js').expect(200);
    expect(script.text).toBe('console.log("LGX");');
    for (const url of ['/assets/index-abc.js.map', '/assets/index-abc.js%2Emap']) {
      const map = await harness.http().get(url).set('accept', '*/*');
      expect(map.text).not.toContain('sources');
      expect(map.headers['content-type']).not.toMatch(/json/);
    }
  });
});

describe('the rate limit', () => {
  let harness: TestApp;

  beforeAll(async () => {
    // A low limit through createApp's `http` option, so the test needs few requests.
    harness = await bootTestApp((config) =>
      createApp(config, {
        logger: ['error'],
        importCouncils: false,
        http: { rateLimit: { limit: 3, windowMs: 60_000 } },
      }),
    );
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('answers 429 with Retry-After and RATE_LIMITED once an address is over the limit', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await harness.graphql('{ __typename }')).status).toBe(200);
    }
    const refused = await harness
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(
            /^Too many requests: the limit is 3 a minute\. Try again in \d+ seconds?\.$/,
          ),
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });
    expectSecurityHeaders(refused.headers);
    // Health checks are not limited, so probes keep working during a flood.
    await harness.http().get('/health/live').expect(200);
  });

  it.each([
    ['an attachment download', '/attachments/5f0c2a8e-3b7e-4d6a-9f59-0d3c3f6f4a11/plan.pdf'],
    [
      'a procurement document download',
      '/procurement-documents/5f0c2a8e-3b7e-4d6a-9f59-0d3c3f6f4a11/spec.pdf',
    ],
    ['the start of single sign-on', '/auth/sso/start?email=someone%40derby.gov.uk'],
    ['the return from single sign-on', '/auth/sso/callback?state=x&code=y'],
    ['a page of the web app', '/councils/DER'],
  ])('limits %s too, with 429 and Retry-After', async (_what, url) => {
    // Downloads share one budget, sign-on another: the 4th request is over either way.
    for (let i = 0; i < 3; i++) await harness.http().get(url);
    const refused = await harness.http().get(url);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors).toEqual([
      {
        message: expect.stringMatching(/^Too many requests/),
        extensions: { code: 'RATE_LIMITED' },
      },
    ]);
  });
});

describe('in production', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createApp({ ...config, environment: 'production' }, { logger: false, importCouncils: false }),
    );
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('gives no "Did you mean" hints, which would spell out the schema', async () => {
    const response = await harness.graphql('{ councilz { totalCount } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toBe('Cannot query field "councilz" on type "Query".');
  });

  it('adds HSTS to the headers', async () => {
    const response = await harness.http().get('/health/live').expect(200);
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});
