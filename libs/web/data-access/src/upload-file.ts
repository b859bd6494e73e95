import { GraphQLRequestError } from './graphql-client';

/**
 * Sends one file as the raw request body, with its name in X-Filename (a
 * header a cross-site form cannot send), to an upload route of the API.
 * Answers the route's JSON; throws a GraphQLRequestError with the API's
 * message when it refuses the file.
 */
export async function uploadFile<Result>(
  url: string,
  file: File,
  signal?: AbortSignal,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        accept: 'application/json',
        'x-filename': encodeURIComponent(file.name),
      },
      credentials: 'same-origin',
      body: file,
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GraphQLRequestError(
      'LGX could not be reached. Check your connection and try again.',
      'NETWORK_ERROR',
    );
  }
  let body: { errors?: { message: string; extensions?: { code?: string } }[] } & Result;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(
      response.status === 413
        ? 'The file is too large.'
        : `LGX answered with an error (HTTP ${response.status}). Try again in a moment.`,
      'HTTP_ERROR',
    );
  }
  const first = body.errors?.[0];
  if (first || !response.ok)
    throw new GraphQLRequestError(
      first?.message ?? `LGX answered with an error (HTTP ${response.status}).`,
      String(first?.extensions?.code ?? 'HTTP_ERROR'),
    );
  return body;
}
