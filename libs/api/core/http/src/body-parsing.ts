import express, { type ErrorRequestHandler, type RequestHandler } from 'express';

import { sendJsonError } from './json-error';

/**
 * The largest request body accepted. Operations are a few KB, but a case study
 * pasted whole (or a field far too long) should reach validation and get an
 * error naming the field; 10 MB and more is refused outright.
 */
export const BODY_LIMIT_BYTES = 6 * 1024 * 1024;
const BODY_LIMIT_LABEL = '6 MB';

/** JSON and form bodies up to the limit, as Nest's own parsers would read them. */
export function bodyParsers(): RequestHandler[] {
  return [
    express.json({ limit: BODY_LIMIT_BYTES }),
    express.urlencoded({ extended: true, limit: BODY_LIMIT_BYTES }),
  ];
}

/**
 * Turns the body parsers' errors into JSON a client can act on; Express
 * would otherwise answer them with an HTML page and, outside production, a
 * stack trace.
 */
export function bodyErrorHandler(): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    const { type, status, code } = (error ?? {}) as {
      type?: unknown;
      status?: unknown;
      code?: unknown;
    };
    if (
      typeof status === 'number' &&
      status < 500 &&
      typeof code === 'string' &&
      code.startsWith('Z_')
    ) {
      // zlib could not inflate it: the body says it is compressed but is not.
      return sendJsonError(
        response,
        400,
        'BAD_REQUEST',
        'The request body could not be read: it is marked as compressed (Content-Encoding) but is not valid gzip or deflate. Send it uncompressed, or compress it properly.',
      );
    }
    if (typeof type !== 'string' || typeof status !== 'number' || status >= 500) {
      return next(error);
    }
    if (type === 'entity.too.large' || type === 'parameters.too.many') {
      return sendJsonError(
        response,
        413,
        'PAYLOAD_TOO_LARGE',
        `The request is too large: the limit is ${BODY_LIMIT_LABEL}.`,
      );
    }
    if (type === 'entity.parse.failed') {
      return sendJsonError(
        response,
        400,
        'BAD_REQUEST',
        'The request body is not valid JSON. Send one JSON object, such as {"query": "{ councils { totalCount } }"}.',
      );
    }
    if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
      return sendJsonError(
        response,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'The request body’s character set or encoding is not supported. Send UTF-8, uncompressed or gzipped.',
      );
    }
    sendJsonError(response, status, 'BAD_REQUEST', 'The request body could not be read.');
  };
}
