import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { LogLevel } from '@nestjs/common';
import type { Options } from 'pino-http';

/** Nest's level names as pino's. */
const PINO_LEVEL: Record<LogLevel, string> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** Nest's `logger` option (false, or the levels to print) as one pino level. */
export function pinoLevel(levels: false | LogLevel[]): string {
  if (levels === false || levels.length === 0) return 'silent';
  const order: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
  return PINO_LEVEL[order.find((level) => levels.includes(level)) ?? 'error'];
}

/**
 * Secrets that must never reach a log line: credentials in headers, and any
 * field named like a password or token in whatever object is logged.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  ...['password', 'newPassword', 'currentPassword', 'token', 'secret', 'totp'].flatMap((key) => [
    key,
    `*.${key}`,
    `*.*.${key}`,
  ]),
];

/** Query string values can be tokens (unsubscribe, sign-in links): only their names are logged. */
export function redactQuery(url: string | undefined): string | undefined {
  return url?.replace(/([?&][^=&#]*)=[^&#]*/g, '$1=[redacted]');
}

/**
 * pino-http's options: JSON lines, each request's lines carrying `requestId`
 * (the id core/audit gives the request and echoes as X-Request-Id).
 */
export function pinoHttpOptions(level: string): Options {
  return {
    level,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const id = response.getHeader('x-request-id');
      if (typeof id === 'string') return id;
      const fresh = randomUUID();
      response.setHeader('X-Request-Id', fresh);
      return fresh;
    },
    customAttributeKeys: { reqId: 'requestId' },
    // Lines inside a request carry only its id; the completion line has the request too.
    quietReqLogger: true,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: (request: { id: unknown; method: string; url?: string; remoteAddress?: string }) => ({
        id: request.id,
        method: request.method,
        url: redactQuery(request.url),
        remoteAddress: request.remoteAddress,
      }),
      // Response headers (set-cookie among them) say nothing an operator needs.
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
  };
}
