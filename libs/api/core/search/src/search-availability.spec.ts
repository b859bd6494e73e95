import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';

import { isEngineUnavailable } from './search-availability';

const apiError = (status: number, code: string) =>
  new MeilisearchRequestError(
    'http://meili/indexes/x/search',
    new MeilisearchApiError(new Response(null, { status }), {
      message: code,
      code,
      type: 'invalid_request',
      link: '',
    } as never),
  );

describe('isEngineUnavailable', () => {
  it('is true when Meilisearch cannot answer: refused, timed out, 5xx, key refused, index missing', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(isEngineUnavailable(new MeilisearchRequestError('http://meili/', refused))).toBe(true);
    expect(isEngineUnavailable(apiError(503, 'internal'))).toBe(true);
    expect(isEngineUnavailable(apiError(500, 'internal'))).toBe(true);
    expect(isEngineUnavailable(apiError(403, 'invalid_api_key'))).toBe(true);
    expect(isEngineUnavailable(apiError(404, 'index_not_found'))).toBe(true);
  });

  it('is false for a request Meilisearch refused as wrong, and for errors not from Meilisearch', () => {
    expect(isEngineUnavailable(apiError(400, 'invalid_search_filter'))).toBe(false);
    expect(isEngineUnavailable(apiError(404, 'document_not_found'))).toBe(false);
    expect(isEngineUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isEngineUnavailable(undefined)).toBe(false);
  });
});
