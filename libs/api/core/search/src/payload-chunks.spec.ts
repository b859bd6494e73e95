import { payloadChunks } from './search-indexer.service';

const doc = (id: number, text = '') => ({ id: String(id), text });
const bytes = (documents: unknown[]) => Buffer.byteLength(JSON.stringify(documents));

describe('payloadChunks', () => {
  it('keeps every document, in order, in chunks no larger than the limit', () => {
    const documents = Array.from({ length: 500 }, (_, i) => doc(i, 'x'.repeat(i % 97)));
    const chunks = payloadChunks(documents, 4_000);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual(documents);
    for (const chunk of chunks) expect(bytes(chunk)).toBeLessThanOrEqual(4_000);
  });

  it('fills a chunk before starting the next', () => {
    const documents = Array.from({ length: 10 }, (_, i) => doc(i));
    expect(payloadChunks(documents, 10_000)).toEqual([documents]);
    const [first, second] = payloadChunks(documents, bytes(documents.slice(0, 6)));
    expect(first).toEqual(documents.slice(0, 6));
    expect(second).toEqual(documents.slice(6));
  });

  it('sends a document larger than the limit alone, and nothing for no documents', () => {
    const big = doc(1, 'y'.repeat(100));
    expect(payloadChunks([doc(0), big, doc(2)], 50)).toEqual([[doc(0)], [big], [doc(2)]]);
    expect(payloadChunks([], 50)).toEqual([]);
  });
});
