import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { isRejectedValue, REJECTED_VALUE_MESSAGE } from './input/rejected-value';

/** Stable error codes a client can branch on; messages are for people. */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_CURSOR: 'BAD_CURSOR',
  NOT_FOUND: 'NOT_FOUND',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES] | (string & {});

/** An error that is safe to show: a stable code and a message a person can act on. */
export class UserFacingError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

const SAFE_APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The longest text an error says: a message that quotes a value sent quotes its start only. */
export const MAX_ERROR_TEXT = 300;

/** Every string in a value cut to MAX_ERROR_TEXT characters (a 1 MB value is never echoed back). */
function bounded<T>(value: T, depth = 0): T {
  if (typeof value === 'string') {
    if (value.length <= MAX_ERROR_TEXT) return value;
    // Cut on a whole character, never between the two halves of a surrogate pair.
    return `${Array.from(value.slice(0, MAX_ERROR_TEXT + 1))
      .slice(0, MAX_ERROR_TEXT - 1)
      .join('')}…` as T;
  }
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => bounded(item, depth + 1)) as T;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, bounded(item, depth + 1)]),
  ) as T;
}

/**
 * Masks every error that was not made to be shown: the client gets a code and
 * a plain message, never a stack trace or an internal detail. The original is
 * logged by the caller. A value the database or search engine refused is the
 * client's to fix, so it is BAD_USER_INPUT, with no detail either.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code = formatted.extensions?.['code'];
  const safe =
    original instanceof UserFacingError ||
    (typeof code === 'string' &&
      SAFE_APOLLO_CODES.has(code) &&
      !(original instanceof Error && !(original instanceof GraphQLError)));
  if (safe) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    // Apollo re-codes every validation-rule error GRAPHQL_VALIDATION_FAILED;
    // ours (such as QUERY_TOO_COMPLEX) keep their own code.
    if (original instanceof UserFacingError) extensions['code'] = original.extensions['code'];
    return {
      ...formatted,
      message: bounded(formatted.message),
      extensions: bounded(extensions) as Record<string, unknown>,
    };
  }
  log(original);
  if (isRejectedValue(original)) {
    return {
      message: REJECTED_VALUE_MESSAGE,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ERROR_CODES.BAD_USER_INPUT },
    };
  }
  return {
    message: 'Something went wrong on our side. Please try again; if it keeps happening, tell us.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR },
  };
}
