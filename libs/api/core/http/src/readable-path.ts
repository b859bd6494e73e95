import type { RequestHandler } from 'express';

import { sendJsonError } from './json-error';

/**
 * Refuses an address whose path cannot be decoded (a stray "%", or percent
 * escapes that are not UTF-8) with a clear 400 in the same JSON form as every
 * other refusal, before any router tries and fails to read it.
 */
export function readablePath(): RequestHandler {
  return (request, response, next) => {
    try {
      decodeURIComponent(request.path);
    } catch {
      return sendJsonError(
        response,
        400,
        'BAD_REQUEST',
        'The web address is not valid: it has a "%" that is not followed by two hexadecimal digits, or escapes that are not UTF-8.',
      );
    }
    next();
  };
}
