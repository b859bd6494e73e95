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

/** Sends one typed operation to the API and returns its data, or throws a GraphQLRequestError. */
export async function graphqlRequest<Result, Variables>(
  document: Operation<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const query = document.toString().trim();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ query, variables }),
      signal,
    });
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
