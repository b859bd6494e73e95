import { decodeCursor, encodeCursor } from './cursor';
import { UserFacingError } from './graphql-error';

describe('cursors', () => {
  it('round-trips a sort key', () => {
    const cursor = encodeCursor(['Derby', 'DER']);
    expect(decodeCursor(cursor, ['string', 'string'] as const)).toEqual(['Derby', 'DER']);
  });

  it.each([
    ['not base64url', '***'],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['the wrong length', encodeCursor(['Derby'])],
    ['the wrong types', encodeCursor([1, 'DER'])],
    ['too long', 'A'.repeat(2000)],
  ])('refuses a cursor that is %s with BAD_CURSOR', (_why, cursor) => {
    const error = (() => {
      try {
        decodeCursor(cursor, ['string', 'string'] as const);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).extensions['code']).toBe('BAD_CURSOR');
  });
});

describe('cursor parts', () => {
  const id = '3f1c2b8e-9d4a-4c1e-8f0a-1b2c3d4e5f60';
  const at = '2026-03-01T10:20:30.123Z';
  const refuses = (cursor: string) => () => decodeCursor(cursor, ['timestamp', 'uuid'] as const);

  it('round-trips a timestamp and a uuid', () => {
    expect(decodeCursor(encodeCursor([at, id]), ['timestamp', 'uuid'] as const)).toEqual([at, id]);
  });

  it.each([
    ['a timestamp that is not one', encodeCursor(['yesterday', id])],
    ['an impossible date', encodeCursor(['2023-02-30T00:00:00.000Z', id])],
    ['an id that is not a UUID', encodeCursor([at, 'not-a-uuid'])],
    ['a NUL in a part', encodeCursor([at, `${id}\u0000`])],
  ])('refuses %s with BAD_CURSOR', (_why, cursor) => {
    expect(refuses(cursor)).toThrow(UserFacingError);
    expect(refuses(cursor)).toThrow(/cursor is not valid/);
  });

  it('refuses text parts with a NUL or a lone surrogate', () => {
    expect(() => decodeCursor(encodeCursor(['a\u0000']), ['string'] as const)).toThrow(
      UserFacingError,
    );
    expect(() => decodeCursor(encodeCursor(['\ud800']), ['string'] as const)).toThrow(
      UserFacingError,
    );
  });
});
