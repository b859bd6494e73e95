import { randomUUID } from 'node:crypto';

import {
  idempotencyScope,
  isIdempotencyKey,
  keyDigest,
  openAnswer,
  requestDigest,
  sealAnswer,
} from './idempotency-key';

describe('idempotency keys', () => {
  it('accepts a UUID and nothing else', () => {
    expect(isIdempotencyKey(randomUUID())).toBe(true);
    expect(isIdempotencyKey(randomUUID().toUpperCase())).toBe(true);
    for (const bad of ['', 'abc', `${randomUUID()} `, `${randomUUID()}0`, 'x'.repeat(36)])
      expect(isIdempotencyKey(bad)).toBe(false);
  });

  it('scopes a key to the signed-in account, and gives a visitor none', () => {
    expect(idempotencyScope({ userId: 'a1' })).toBe('user:a1');
    expect(idempotencyScope({})).toBeUndefined();
    expect(idempotencyScope(undefined)).toBeUndefined();
  });

  it('stores a digest of the key, not the key', () => {
    const key = randomUUID();
    expect(keyDigest(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(keyDigest(key.toUpperCase())).toBe(keyDigest(key));
  });

  it('tells a different request apart from the same one sent again', () => {
    const request = { query: 'mutation M { m }', variables: { a: 1 } };
    expect(requestDigest({ ...request })).toBe(requestDigest(request));
    expect(requestDigest({ ...request, variables: { a: 2 } })).not.toBe(requestDigest(request));
  });

  it('seals an answer that only the same key and caller can open', () => {
    const key = randomUUID();
    const answer = { status: 200, body: { data: { recoveryCodes: ['1234-5678'] } } };
    const sealed = sealAnswer(answer, key, 'user:a1');
    expect(sealed).not.toContain('1234-5678');
    expect(openAnswer(sealed, key, 'user:a1')).toEqual(answer);
    expect(openAnswer(sealed, randomUUID(), 'user:a1')).toBeUndefined();
    expect(openAnswer(sealed, key, 'user:b2')).toBeUndefined();
    expect(openAnswer('not sealed', key, 'user:a1')).toBeUndefined();
  });
});
