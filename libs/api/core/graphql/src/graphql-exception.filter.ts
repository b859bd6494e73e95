import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';

import { UserFacingError } from './graphql-error';

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
};

/**
 * GraphQL errors go back to Apollo untouched, where formatGraphQLError masks
 * and logs them once; Nest would otherwise log every user error as a crash.
 * On plain HTTP routes (uploads, downloads) a user-facing error becomes a JSON
 * error with a fitting status; anything else keeps Nest's default handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    if (exception instanceof UserFacingError) {
      const code = String(exception.extensions['code']);
      const response = host.switchToHttp().getResponse<Response>();
      response
        .status(HTTP_STATUS[code] ?? 400)
        .json({ errors: [{ message: exception.message, extensions: { code } }] });
      return undefined;
    }
    return super.catch(exception, host);
  }
}
