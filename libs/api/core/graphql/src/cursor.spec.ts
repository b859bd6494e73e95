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
