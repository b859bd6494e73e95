import 'reflect-metadata';

import type { AppConfig } from '@lgx/api/core/config';
import { applyHttpHardening, type HttpHardeningOptions, serveWebApp } from '@lgx/api/core/http';
import { CouncilImportService } from '@lgx/api/feature-councils';
import { type DynamicModule, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

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
}

/** Builds the API (and, when configured, the web app it serves); migrations run on init. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const logger = options.logger ?? LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config, options.imports),
    {
      logger,
      // applyHttpHardening parses bodies itself, with a size limit and JSON errors.
      bodyParser: false,
    },
  );
  applyHttpHardening(app, config, options.http);
  app.enableShutdownHooks();
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
