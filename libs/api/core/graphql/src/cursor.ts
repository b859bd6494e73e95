import { ERROR_CODES, UserFacingError } from './graphql-error';

/** Opaque cursors: base64url of a JSON array of the sort key of the last row seen. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The error for a cursor this API did not make. */
export function invalidCursor(): UserFacingError {
  return new UserFacingError(
    ERROR_CODES.BAD_CURSOR,
    'The "after" cursor is not valid. Use the endCursor from a previous page, or leave it out to start from the beginning.',
    { argumentName: 'after' },
  );
}

/**
 * Decodes a cursor made by encodeCursor and checks its shape; anything else is
 * a clear BAD_CURSOR error rather than a failed query.
 */
export function decodeCursor<T extends readonly ('string' | 'number')[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'string' ? string : number } {
  const invalid = invalidCursor;
  if (!/^[A-Za-z0-9_-]{1,1024}$/.test(cursor)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(value) ||
    value.length !== shape.length ||
    value.some((part, index) => typeof part !== shape[index])
  ) {
    throw invalid();
  }
  return value as never;
}
