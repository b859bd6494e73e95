import { ERROR_CODES, UserFacingError } from '../graphql-error';

/** A query refused by a limit before it runs; the message says which limit and by how much. */
export class QueryTooComplexError extends UserFacingError {
  constructor(message: string) {
    super(ERROR_CODES.QUERY_TOO_COMPLEX, message);
  }
}

/** 12345 as "12,345", for messages. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 0 });
}
