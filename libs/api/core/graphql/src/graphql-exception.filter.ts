import { type ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';

import { ERROR_CODES, UserFacingError } from './graphql-error';
import { isRejectedValue, REJECTED_VALUE_MESSAGE } from './input/rejected-value';

const logger = new Logger('HTTP');

/** HTTP statuses for the error codes people can act on, for plain HTTP routes. */
const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  MFA_REQUIRED: 403,
  MFA_ENROLMENT_REQUIRED: 403,
  NOT_A_MEMBER: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_ATTEMPTS: 429,
  SEARCH_UNAVAILABLE: 503,
};

/**
 * GraphQL errors go back to Apollo untouched, where formatGraphQLError masks
 * and logs them once; Nest would otherwise log every user error as a crash.
 * On plain HTTP routes (uploads, downloads) a user-facing error becomes a JSON
 * error with a fitting status, a value the database refused a 400; anything
 * else keeps Nest's default handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof UserFacingError) {
      const code = String(exception.extensions['code']);
      response
        .status(HTTP_STATUS[code] ?? 400)
        .json({ errors: [{ message: exception.message, extensions: { code } }] });
      return undefined;
    }
    // As formatGraphQLError does for GraphQL: a value the store refused is the client's to fix.
    if (isRejectedValue(exception)) {
      logger.error(exception instanceof Error ? exception.stack : String(exception));
      response.status(400).json({
        errors: [
          { message: REJECTED_VALUE_MESSAGE, extensions: { code: ERROR_CODES.BAD_USER_INPUT } },
        ],
      });
      return undefined;
    }
    return super.catch(exception, host);
  }
}
