import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Seconds: from a fast cached read to a slow export, with room either side. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Distinct GraphQL operation names kept as labels; past this they count as "other". */
const MAX_OPERATION_NAMES = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * This process's request histograms, on a registry of its own (one per app,
 * so tests can build several apps in one process). Every label takes a
 * bounded set of values: route patterns, never raw paths; no ids.
 */
@Injectable()
export class RequestMetrics {
  readonly registry = new Registry();

  private readonly http = new Histogram({
    name: 'lgx_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'],
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly graphql = new Histogram({
    name: 'lgx_graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name, type and outcome (success or error).',
    labelNames: ['operation', 'type', 'outcome'],
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly operationNames = new Set<string>();

  constructor() {
    // The process's own: CPU, memory, event loop lag, garbage collection (process_*, nodejs_*).
    collectDefaultMetrics({ register: this.registry });
  }

  /** Express middleware: times each request and labels it once the router has matched it. */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    const stop = this.http.startTimer();
    response.once('finish', () =>
      stop({
        method: request.method,
        route: routePattern(request),
        status: String(response.statusCode),
      }),
    );
    next();
  };

  /** Records one GraphQL operation (see graphqlMetricsPlugin). */
  observeOperation(
    name: string | null | undefined,
    type: string | undefined,
    outcome: 'success' | 'error',
    seconds: number,
  ): void {
    this.graphql.observe(
      { operation: this.operationLabel(name, type), type: type ?? 'invalid', outcome },
      seconds,
    );
  }

  private operationLabel(name: string | null | undefined, type: string | undefined): string {
    if (!type) return 'invalid';
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!this.operationNames.has(name)) {
      if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
      this.operationNames.add(name);
    }
    return name;
  }
}

/**
 * The matched route's pattern ("/feeds/councils/:code"), the mount path of
 * the middleware that answered ("/graphql"), or "unmatched": never the raw path.
 */
function routePattern(request: Request): string {
  const route = (request as Request & { route?: { path?: unknown } }).route;
  if (typeof route?.path === 'string') return `${request.baseUrl}${route.path}`;
  return request.baseUrl || 'unmatched';
}
