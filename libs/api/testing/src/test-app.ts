import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type AppConfig, DEFAULT_MAIL_FROM } from '@lgx/api/core/config';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';

import { createTestDatabase, type TestDatabase, testSearchSettings } from './test-database';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  database: TestDatabase;
  dataSource: DataSource;
  /** Sends one GraphQL operation over HTTP, as the web app does. */
  graphql: <Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<GraphQLResponse<Data>>;
  /** An HTTP client on the running app. */
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

/**
 * How long readiness waits for each dependency in test apps: on a machine
 * busy with other test files, PostgreSQL or Meilisearch can take over the
 * 1 s a deployment allows, and a test would see 503 for a healthy app.
 */
export const TEST_DEPENDENCY_TIMEOUT_MS = 5_000;

/** Config for a test app on its own database and index prefix. */
export async function createTestConfig(
  options: { emptyDatabase?: boolean } = {},
): Promise<{ config: AppConfig; database: TestDatabase }> {
  const database = await createTestDatabase({ empty: options.emptyDatabase });
  return {
    database,
    config: {
      environment: 'test',
      logLevel: 'error',
      http: { host: '127.0.0.1', port: 0 },
      database: { url: database.url, poolSize: 5 },
      search: testSearchSettings(),
      mail: { smtpUrl: undefined, from: DEFAULT_MAIL_FROM },
      storage: { dir: path.join(tmpdir(), `lgx-test-files-${database.name}`) },
      publicUrl: 'http://lgx.test',
      secretKey: randomBytes(32),
      health: { dependencyTimeoutMs: TEST_DEPENDENCY_TIMEOUT_MS },
    },
  };
}

/**
 * Boots a Nest app for GraphQL tests over HTTP, on a fresh database for this
 * test file. `build` makes the app from the config (the API's createApp, or
 * a smaller module for one feature).
 */
export async function bootTestApp(
  build: (config: AppConfig) => Promise<INestApplication>,
): Promise<TestApp> {
  const { config, database } = await createTestConfig();
  const app = await build(config);
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer();
  const { DataSource: DataSourceClass } = await import('typeorm');
  const dataSource = app.get(DataSourceClass);
  return {
    app,
    config,
    database,
    dataSource,
    http: () => request(server),
    graphql: async (query, variables) => {
      const response = await request(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query, variables });
      return { status: response.status, ...(response.body as object) };
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
