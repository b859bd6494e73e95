import { createServer } from 'node:net';

import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch';

import { createKeepAliveHttpClient } from './keep-alive-http-client';
import { meilisearchDidNotAnswer } from './search-indexer.service';

/** What the client throws when Meilisearch answers with this status (through our HTTP client). */
const answered = (status: number) =>
  new MeilisearchRequestError(
    'http://127.0.0.1:7700/indexes/x/documents',
    new MeilisearchApiError(new Response(null, { status }), {
      message: 'refused',
      code: 'invalid_document_id',
      type: 'invalid_request',
      link: '',
    }),
  );

/** The error of a call to a port where nothing listens. */
async function refusedConnection(): Promise<unknown> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  const http = createKeepAliveHttpClient();
  try {
    await new Meilisearch({ host: `http://127.0.0.1:${port}`, httpClient: http }).health();
    throw new Error('expected the call to fail');
  } catch (error) {
    return error;
  } finally {
    http.destroy();
  }
}

describe('meilisearchDidNotAnswer', () => {
  it('is true when Meilisearch is down, timing out or failing in itself', async () => {
    expect(meilisearchDidNotAnswer(await refusedConnection())).toBe(true);
    expect(meilisearchDidNotAnswer(new MeilisearchRequestTimeOutError(5_000, {}))).toBe(true);
    expect(meilisearchDidNotAnswer(new MeilisearchTaskTimeOutError(7, 300_000))).toBe(true);
    expect(meilisearchDidNotAnswer(answered(503))).toBe(true);
  });

  it('is false when Meilisearch refused what it was sent, or the fault is ours', () => {
    expect(meilisearchDidNotAnswer(answered(400))).toBe(false);
    expect(meilisearchDidNotAnswer(new Error('Meilisearch task 12 failed: invalid id'))).toBe(
      false,
    );
    expect(meilisearchDidNotAnswer(new Error('relation "council" does not exist'))).toBe(false);
    expect(meilisearchDidNotAnswer(undefined)).toBe(false);
  });
});
