/**
 * The operation a request to /graphql carried, whether a GET (a query, as the
 * web app sends its reads) or a POST (a mutation).
 */
export function sentOperation(
  url: unknown,
  init?: RequestInit,
): { query: string; variables: Record<string, unknown> } {
  if ((init?.method ?? 'GET').toUpperCase() === 'GET') {
    const params = new URL(String(url), 'http://lgx.test').searchParams;
    const variables = params.get('variables');
    return { query: params.get('query') ?? '', variables: variables ? JSON.parse(variables) : {} };
  }
  const body = JSON.parse(String(init?.body)) as {
    query: string;
    variables?: Record<string, unknown>;
  };
  return { query: body.query, variables: body.variables ?? {} };
}

/** One request the fake API received. */
export interface FakeGraphQLRequest {
  operation: string;
  variables: Record<string, unknown>;
}

/**
 * For component tests of pages: answers the web's GraphQL requests over a
 * fake network (replacing fetch), by operation name, with a body as the API
 * sends it ({ data } or { errors }). Returns the requests received, in order.
 */
export function fakeGraphQLApi(
  answers: Readonly<Record<string, (variables: Record<string, unknown>) => unknown>>,
): FakeGraphQLRequest[] {
  const received: FakeGraphQLRequest[] = [];
  globalThis.fetch = (async (url: unknown, init?: RequestInit) => {
    const { query, variables } = sentOperation(url, init);
    const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
    received.push({ operation, variables });
    const answer = answers[operation];
    const body = answer
      ? answer(variables)
      : { errors: [{ message: `No answer for ${operation}` }] };
    return { status: 200, json: async () => body } as Response;
  }) as typeof fetch;
  return received;
}

/** The answer the API gives to an input with problems: every field problem at once. */
export function refusedWith(fields: { field: string; message: string }[]) {
  return {
    errors: [{ message: 'Check the form', extensions: { code: 'BAD_USER_INPUT', fields } }],
  };
}

/** The Viewer query's answer for someone not signed in. */
export const VISITOR_VIEWER = {
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

/** The Viewer query's answer for an editor of Derby City Council, Jo Smith. */
export const DERBY_EDITOR_VIEWER = {
  data: {
    viewer: {
      account: {
        id: 'account-1',
        name: 'Jo Smith',
        email: 'jo.smith@derby.gov.uk',
        jobTitle: 'Digital officer',
        emailVerified: true,
        mfaEnabled: false,
        recoveryCodesLeft: 0,
        platformRole: null,
      },
      council: { code: 'DER', name: 'Derby City Council' },
      councilRole: 'EDITOR',
      platformRoles: [],
      mfaChallengePending: false,
      mfaEnrolmentRequired: false,
    },
  },
};
