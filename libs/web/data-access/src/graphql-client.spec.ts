import { sentOperation } from '@lgx/web/util';

import { graphqlFetchArgs, graphqlRequest, MAX_GET_URL_LENGTH } from './graphql-client';
import type { Operation } from './operation';

const QUERY = 'query CaseStudy($slug: String!) { caseStudy(slug: $slug) { title } }';
const MUTATION = 'mutation SignIn($email: String!) { signIn(email: $email) { status } }';

describe('graphqlFetchArgs', () => {
  it('sends a query as a GET the load balancer may resend, with the header CSRF prevention asks for', () => {
    const { url, init } = graphqlFetchArgs(QUERY, { slug: 'derby & co' });
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
    expect(init.headers).toMatchObject({ 'apollo-require-preflight': 'true' });
    const params = new URL(url, 'http://lgx.test').searchParams;
    expect(new URL(url, 'http://lgx.test').pathname).toBe('/graphql');
    expect(params.get('query')).toBe(QUERY);
    expect(JSON.parse(params.get('variables')!)).toEqual({ slug: 'derby & co' });
    expect(sentOperation(url, init)).toEqual({ query: QUERY, variables: { slug: 'derby & co' } });
  });

  it('POSTs a mutation, with the key that lets this client alone resend it', () => {
    const { url, init } = graphqlFetchArgs(MUTATION, { email: 'a@derby.gov.uk' });
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({
      'content-type': 'application/json',
      'idempotency-key': expect.any(String),
    });
    expect(JSON.parse(String(init.body))).toEqual({
      query: MUTATION,
      variables: { email: 'a@derby.gov.uk' },
    });
  });

  it('POSTs a query too long for a URL, and anything that is not surely a query', () => {
    const long = graphqlFetchArgs(QUERY, { slug: 'x'.repeat(MAX_GET_URL_LENGTH) });
    expect(long.init.method).toBe('POST');
    expect(graphqlFetchArgs('fragment F on Query { viewer { id } }', {}).init.method).toBe('POST');
    expect(graphqlFetchArgs('  mutation { signOut }', {}).init.method).toBe('POST');
    expect(graphqlFetchArgs('{ viewer { id } }', undefined).init.method).toBe('GET');
    expect(graphqlFetchArgs('{ viewer { id } }', undefined).url).toBe(
      `/graphql?query=${encodeURIComponent('{ viewer { id } }').replace(/%20/g, '+')}`,
    );
  });
});

describe('graphqlRequest', () => {
  const original = global.fetch;
  afterEach(() => {
    global.fetch = original;
  });

  it('fetches a query by GET, same-origin, and returns its data', async () => {
    const fetched = jest.fn().mockResolvedValue({
      json: async () => ({ data: { caseStudy: { title: 'T' } } }),
    } as Response);
    global.fetch = fetched;
    const document = QUERY as unknown as Operation<
      { caseStudy: { title: string } },
      { slug: string }
    >;
    await expect(graphqlRequest(document, { slug: 's' })).resolves.toEqual({
      caseStudy: { title: 'T' },
    });
    const [url, init] = fetched.mock.calls[0]!;
    expect(String(url)).toMatch(/^\/graphql\?query=/);
    expect(init).toMatchObject({ method: 'GET', credentials: 'same-origin' });
  });

  it('says the service cannot be reached when the request fails, with no detail', async () => {
    global.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(
      graphqlRequest(QUERY as unknown as Operation<unknown, { slug: string }>, { slug: 's' }),
    ).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});

describe('graphqlRequest resending a mutation', () => {
  const original = global.fetch;
  afterEach(() => {
    global.fetch = original;
    jest.useRealTimers();
  });

  /** An answer; without a body it is a gateway's HTML page, which is not JSON. */
  const answer = (status: number, body: unknown) =>
    ({
      status,
      ok: status < 300,
      json: async () => {
        if (body === undefined) throw new SyntaxError('Unexpected token <');
        return body;
      },
    }) as Response;
  const keyOf = (init: RequestInit) => (init.headers as Record<string, string>)['idempotency-key'];
  const mutation = MUTATION as unknown as Operation<
    { signIn: { status: string } },
    { email: string }
  >;

  /** Runs the request with fake timers, moving time on until it settles. */
  async function settled<T>(promise: Promise<T>): Promise<T> {
    const outcome = promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    for (let turn = 0; turn < 10; turn++) await jest.advanceTimersByTimeAsync(2_000);
    const result = (await outcome) as { value?: T; error?: unknown };
    if ('error' in result) throw result.error;
    return result.value as T;
  }

  it('sends every mutation with a fresh UUID key', () => {
    const first = keyOf(graphqlFetchArgs(MUTATION, {}).init);
    const second = keyOf(graphqlFetchArgs(MUTATION, {}).init);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
    expect(keyOf(graphqlFetchArgs(QUERY, { slug: 's' }).init)).toBeUndefined();
  });

  it('resends the same request with the same key after a 502, and returns the answer', async () => {
    jest.useFakeTimers();
    const fetched = jest
      .fn()
      .mockResolvedValueOnce(answer(502, undefined))
      .mockResolvedValueOnce(answer(200, { data: { signIn: { status: 'SIGNED_IN' } } }));
    global.fetch = fetched;
    await expect(settled(graphqlRequest(mutation, { email: 'a@b.c' }))).resolves.toEqual({
      signIn: { status: 'SIGNED_IN' },
    });
    expect(fetched).toHaveBeenCalledTimes(2);
    const [[, first], [, second]] = fetched.mock.calls as [string, RequestInit][];
    expect(keyOf(second)).toBe(keyOf(first));
    expect(keyOf(first)).toBeTruthy();
    expect(second.body).toBe(first.body);
  });

  it('resends after a network failure and a 504, then gives up with the last answer', async () => {
    jest.useFakeTimers();
    const fetched = jest
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(answer(504, undefined))
      .mockResolvedValueOnce(answer(503, undefined));
    global.fetch = fetched;
    await expect(settled(graphqlRequest(mutation, { email: 'a@b.c' }))).rejects.toMatchObject({
      code: 'HTTP_ERROR',
    });
    expect(fetched).toHaveBeenCalledTimes(3);
    expect(new Set(fetched.mock.calls.map(([, init]) => keyOf(init as RequestInit))).size).toBe(1);
  });

  it('does not resend a mutation answered with a GraphQL error, nor a query answered 502', async () => {
    jest.useFakeTimers();
    const refused = jest.fn().mockResolvedValue(
      answer(409, {
        errors: [
          { message: 'This change was already saved.', extensions: { code: 'ALREADY_APPLIED' } },
        ],
      }),
    );
    global.fetch = refused;
    await expect(settled(graphqlRequest(mutation, { email: 'a@b.c' }))).rejects.toMatchObject({
      code: 'ALREADY_APPLIED',
    });
    expect(refused).toHaveBeenCalledTimes(1);
    const gateway = jest.fn().mockResolvedValue(answer(502, undefined));
    global.fetch = gateway;
    const query = QUERY as unknown as Operation<unknown, { slug: string }>;
    await expect(settled(graphqlRequest(query, { slug: 's' }))).rejects.toMatchObject({
      code: 'HTTP_ERROR',
    });
    expect(gateway).toHaveBeenCalledTimes(1);
  });
});
