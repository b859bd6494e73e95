/**
 * For page tests that stand in for the API with a fetch of their own: the
 * operation a request carried, whether it was a GET (a query) or a POST.
 */
export function sentOperation(
  url: unknown,
  init?: RequestInit,
): { query: string; variables: Record<string, unknown> } {
  if (init?.method === 'GET') {
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
