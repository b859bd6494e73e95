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

  it('POSTs a mutation, which is never resent', () => {
    const { url, init } = graphqlFetchArgs(MUTATION, { email: 'a@derby.gov.uk' });
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json' });
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
