import { type FieldProblem, fieldProblemsOf } from './field-problems';
import type { Operation } from './operation';

/** A GraphQL error the API chose to show, with its stable code and any problems per field. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly argumentName?: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/**
 * Queries at most this long go as GETs: nginx and the browser keep URLs of
 * 8 KB; longer ones (none today) are POSTed.
 */
export const MAX_GET_URL_LENGTH = 6_000;

/**
 * How an operation is sent: a query as a GET (`/graphql?query=...&variables=...`),
 * which the load balancer may resend to another API process when one dies
 * mid-request (decision 0068); a mutation as a POST, never resent. The GET
 * carries `apollo-require-preflight`, which Apollo Server's CSRF prevention asks
 * of GETs (a header a page on another site cannot send without a preflight).
 */
export function graphqlFetchArgs(
  query: string,
  variables: unknown,
): { url: string; init: RequestInit } {
  const headers = { accept: 'application/json' };
  // Only what is surely a query (a named or shorthand one first): anything else is POSTed.
  if (/^\s*(?:query\b|\{)/.test(query)) {
    const params = new URLSearchParams({ query });
    if (variables !== undefined && variables !== null)
      params.set('variables', JSON.stringify(variables));
    const url = `/graphql?${params.toString()}`;
    if (url.length <= MAX_GET_URL_LENGTH)
      return {
        url,
        init: { method: 'GET', headers: { ...headers, 'apollo-require-preflight': 'true' } },
      };
  }
  return {
    url: '/graphql',
    init: {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    },
  };
}

/** Sends one typed operation to the API and returns its data, or throws a GraphQLRequestError. */
export async function graphqlRequest<Result, Variables>(
  document: Operation<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const { url, init } = graphqlFetchArgs(document.toString().trim(), variables);
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin', signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GraphQLRequestError(
      'LGX could not be reached. Check your connection and try again.',
      'NETWORK_ERROR',
    );
  }
  let body: { data?: Result; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(
      `LGX answered with an error (HTTP ${response.status}). Try again in a moment.`,
      'HTTP_ERROR',
    );
  }
  const first = body.errors?.[0];
  if (first) {
    throw new GraphQLRequestError(
      first.message,
      String(first.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'),
      first.extensions?.['argumentName'] as string | undefined,
      fieldProblemsOf(first.message, first.extensions),
    );
  }
  if (!body.data)
    throw new GraphQLRequestError('LGX sent an empty answer. Try again.', 'EMPTY_RESPONSE');
  return body.data;
}
