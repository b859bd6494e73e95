import type { Writable } from 'node:stream';

import { type DynamicModule, Global, type LogLevel, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

import { pinoHttpOptions, pinoLevel } from './log-options';
import { RequestMetrics } from './request-metrics';

export interface ObservabilityOptions {
  /** Nest's `logger` option: false silences everything (tests). */
  logger: false | LogLevel[];
  /** Where the JSON lines go (default standard output); tests read them here. */
  logStream?: Writable;
}

/**
 * JSON logs through pino with the request id on every line of a request, and
 * the request histograms served by /metrics. createApp imports it, hands
 * Nest's Logger over to it (app.useLogger), so every `new Logger(...)` line
 * is JSON too, and mounts RequestMetrics.middleware ahead of everything, so
 * requests refused early (rate limits, body limits) are counted too.
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    const http = pinoHttpOptions(pinoLevel(options.logger));
    return {
      module: ObservabilityModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: options.logStream ? [http, options.logStream] : http,
          forRoutes: ['*path'],
        }),
      ],
      providers: [RequestMetrics],
      exports: [RequestMetrics],
    };
  }
}
