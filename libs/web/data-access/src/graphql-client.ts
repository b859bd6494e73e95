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

/** The header that makes a mutation safe to resend (decision 0074). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/**
 * A mutation cut off by the network or answered 502/503/504 (a process died
 * or none was free) is resent, with the same key, after each of these waits.
 */
export const MUTATION_RETRY_DELAYS_MS = [300, 1_000];
const RETRIED_STATUSES = new Set([502, 503, 504]);

/** A new random UUID, even where crypto.randomUUID is missing (a page not served over HTTPS). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * How an operation is sent: a query as a GET (`/graphql?query=...&variables=...`),
 * which the load balancer may resend to another API process when one dies
 * mid-request (decision 0068); a mutation as a POST with an Idempotency-Key,
 * which only this client resends, with the same key, so the API makes the
 * change once (decision 0074). The GET carries `apollo-require-preflight`,
 * which Apollo Server's CSRF prevention asks of GETs (a header a page on
 * another site cannot send without a preflight).
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
  const mutation = /^\s*mutation\b/.test(query);
  return {
    url: '/graphql',
    init: {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        ...(mutation ? { [IDEMPOTENCY_HEADER]: newIdempotencyKey() } : {}),
      },
      body: JSON.stringify({ query, variables }),
    },
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Fetches once; a mutation (it has a key) again, the same request with the
 * same key, when the network failed or a gateway answered 502/503/504.
 */
async function fetchResending(url: string, init: RequestInit, signal?: AbortSignal) {
  const resendable = Boolean((init.headers as Record<string, string>)[IDEMPOTENCY_HEADER]);
  for (let attempt = 0; ; attempt++) {
    const again = resendable && attempt < MUTATION_RETRY_DELAYS_MS.length;
    try {
      const response = await fetch(url, { ...init, credentials: 'same-origin', signal });
      if (!again || !RETRIED_STATUSES.has(response.status)) return response;
    } catch (error) {
      if ((error as Error).name === 'AbortError' || !again) throw error;
    }
    await wait(MUTATION_RETRY_DELAYS_MS[attempt]!);
    signal?.throwIfAborted();
  }
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
    response = await fetchResending(url, init, signal);
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
