import { ERROR_CODES, UserFacingError } from './graphql-error';
import { isUuid, textProblem } from './input/text-checks';

/**
 * What one part of a cursor's sort key is: any text, a number, a UUID (a
 * row's id) or an ISO 8601 timestamp (a row's creation time). The last two
 * are checked, so a forged cursor is BAD_CURSOR, not a failed query.
 */
export type CursorPart = 'string' | 'number' | 'uuid' | 'timestamp';

function isPart(value: unknown, kind: CursorPart): boolean {
  if (kind === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (typeof value !== 'string' || textProblem(value)) return false;
  if (kind === 'uuid') return isUuid(value);
  if (kind === 'timestamp') {
    // A real instant, written exactly as toISOString writes it (no 30 February).
    const time = Date.parse(value);
    return !Number.isNaN(time) && new Date(time).toISOString() === value;
  }
  return true;
}

/** Opaque cursors: base64url of a JSON array of the sort key of the last row seen. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The error for a cursor this API did not make. */
export function invalidCursor(argumentName = 'after'): UserFacingError {
  return new UserFacingError(
    ERROR_CODES.BAD_CURSOR,
    `The "${argumentName}" cursor is not valid. Use the endCursor from a previous page, or leave it out to start from the beginning.`,
    { argumentName },
  );
}

const CURSOR_TEXT = /^[A-Za-z0-9_-]{1,1024}$/;

/**
 * Decodes a cursor made by encodeCursor and checks its shape; anything else is
 * a clear BAD_CURSOR error rather than a failed query.
 */
export function decodeCursor<T extends readonly CursorPart[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'number' ? number : string } {
  const invalid = () => invalidCursor();
  if (!CURSOR_TEXT.test(cursor)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(value) ||
    value.length !== shape.length ||
    value.some((part, index) => !isPart(part, shape[index]!))
  ) {
    throw invalid();
  }
  return value as never;
}
