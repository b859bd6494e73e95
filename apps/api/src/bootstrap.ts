import 'reflect-metadata';

import type { Writable } from 'node:stream';

import type { AppConfig } from '@lgx/api/core/config';
import {
  applyHttpHardening,
  type HttpHardeningOptions,
  ObservabilityModule,
  RequestMetrics,
  serveWebApp,
  ShutdownModule,
} from '@lgx/api/core/http';
import { CouncilImportService } from '@lgx/api/feature-councils';
import { type DynamicModule, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';
import { loadSampleCaseStudies } from './sample-data/sample-case-studies';
import { loadSampleComponents } from './sample-data/sample-components';
import { loadSampleContracts } from './sample-data/sample-contracts';
import { loadSampleCouncilDomains } from './sample-data/sample-council-domains';
import { loadSampleProcurementGroups } from './sample-data/sample-procurement-groups';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

export interface CreateAppOptions {
  /** Import the council register when the shipped file is new or changed (default true). */
  importCouncils?: boolean;
  logger?: false | LogLevel[];
  /** Overrides of the HTTP limits, e.g. `{ rateLimit: { limit: 3 } }` in a test. */
  http?: HttpHardeningOptions;
  /** More modules, for tests (e.g. a search source for a content type not built yet). */
  imports?: DynamicModule['imports'];
  /** Where the JSON log lines go (default standard output): tests read them here. */
  logStream?: Writable;
}

/**
 * Builds the API (and, when configured, the web app it serves); migrations run on init.
 * Stop signals are the process's: main.ts hands them to GracefulShutdown (decision 0067).
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const logger = options.logger ?? LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1);
  const observability = ObservabilityModule.forRoot({ logger, logStream: options.logStream });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config, [observability, ShutdownModule, ...(options.imports ?? [])]),
    {
      // Lines from start-up wait for pino (JSON), which takes over below.
      bufferLogs: logger !== false,
      logger,
      // applyHttpHardening parses bodies itself, with a size limit and JSON errors.
      bodyParser: false,
    },
  );
  if (logger !== false) app.useLogger(app.get(Logger));
  app.use(app.get(RequestMetrics).middleware);
  applyHttpHardening(app, config, options.http);
  if (config.http.webDistDir) serveWebApp(app, config.http.webDistDir);
  await app.init();
  if (options.importCouncils ?? true) {
    await app.get(CouncilImportService).importRegister();
    if (config.environment === 'development') {
      await loadSampleCouncilDomains(app);
      await loadSampleCaseStudies(app);
      await loadSampleComponents(app);
      await loadSampleProcurementGroups(app);
      await loadSampleContracts(app);
    }
  }
  return app;
}
