import type { Server } from 'node:http';

import type { AppConfig } from '@lgx/api/core/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { bodyErrorHandler, bodyParsers } from './body-parsing';
import { graphqlDocumentLimit } from './graphql-document-limit';
import { HTTP_RATE_LIMITS, RateLimiter, type RateLimitOptions } from './rate-limiter';
import { readablePath } from './readable-path';
import { responseCompression } from './response-compression';
import { securityHeaders } from './security-headers';
import { type RateLimitDatabase, sharedRateLimitStores } from './shared-rate-limits';

export interface HttpHardeningOptions {
  /**
   * Overrides of the rate limits (HTTP_RATE_LIMITS: every route but /health,
   * per address, counted in PostgreSQL for every process unless
   * RATE_LIMIT_STORE=memory), e.g. `{ limit: 3 }` for every route in a test.
   */
  rateLimit?: Partial<RateLimitOptions>;
}

/**
 * How long an idle keep-alive connection stays open. Longer than any proxy in
 * front keeps its upstream connections (nginx's template: 30 s; cloud load
 * balancers: 60 s): with Node's default of 5 s the proxy could reuse a
 * connection just as Node closed it, get a reset, and count the process as
 * failed (nginx then sends it nothing for fail_timeout; with another process
 * down, a read found "no live upstreams" in a cluster run). Shutdown still
 * closes idle connections at once (closeHttpServer).
 */
export const API_KEEP_ALIVE_MS = 65_000;

/**
 * Security headers, response compression, rate limiting, size-limited body parsing and the GraphQL
 * document limit, in that order, ahead of every route: call it before `app.init()` and before
 * serving the web app, on an app created with `bodyParser: false`.
 */
export function applyHttpHardening(
  app: NestExpressApplication,
  config: AppConfig,
  options: HttpHardeningOptions = {},
): void {
  app.disable('x-powered-by');
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = API_KEEP_ALIVE_MS;
  // Node requires the headers timeout above the keep-alive timeout.
  server.headersTimeout = API_KEEP_ALIVE_MS + 1_000;
  // Behind the load balancer, the client is the address it forwards (decision 0068).
  if (config.http.trustProxy)
    app.set(
      'trust proxy',
      config.http.trustProxy.split(',').map((entry) => entry.trim()),
    );
  app.use(securityHeaders(config));
  app.use(responseCompression());
  app.use(readablePath());
  // Before the body parsers, so a flood is refused without reading its bodies.
  app.use(
    new RateLimiter({
      store: sharedRateLimitStores(
        app.get<RateLimitDatabase>(DataSource, { strict: false }),
        config.http.rateLimitStore,
      ),
      rules: scaledRateLimits(config.http.rateLimitScale ?? 1),
      ...options.rateLimit,
    }).middleware(),
  );
  for (const parser of bodyParsers()) app.use(parser);
  app.use(bodyErrorHandler());
  // Before Apollo parses anything.
  app.use('/graphql', graphqlDocumentLimit());
}

/** HTTP_RATE_LIMITS with every limit multiplied by `scale` (RATE_LIMIT_SCALE), at least 1. */
export function scaledRateLimits(scale: number): RateLimitOptions['rules'] {
  return HTTP_RATE_LIMITS.map((rule) => ({
    ...rule,
    limit: Math.max(1, Math.round(rule.limit * scale)),
  }));
}
