import { readFileSync } from 'node:fs';

import { API_PATH_PREFIXES } from '@lgx/api/core/http';
import { bootTestApp, type TestApp, whenReady } from '@lgx/api/testing';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import pg from 'pg';

import { bootApiServingWeb } from '../test/api-test-app';
import { createApp } from './bootstrap';
import { formatSchema, SCHEMA_FILE } from './schema';

describe('the API app (PostgreSQL + Meilisearch)', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await bootApiServingWeb({ 'app.js': 'console.log("asset")' });
  });

  afterAll(() => harness?.close());

  it('serves the same schema as the committed schema.gql', () => {
    const { schema } = harness.app.get(GraphQLSchemaHost);
    expect(formatSchema(schema)).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('imports the council register on start', async () => {
    const [{ n }] = await harness.dataSource.query('SELECT count(*)::int AS n FROM council');
    expect(n).toBeGreaterThan(400);
  });

  it('answers /health/live and /health/ready when both services are up', async () => {
    await harness.http().get('/health/live').expect(200, { status: 'ok' });
    // Polled: on a busy machine a dependency may miss its time once (503 for a moment).
    const ready = await whenReady(harness);
    expect(ready.body).toMatchObject({
      status: 'ok',
      checks: { postgres: { status: 'up' }, meilisearch: { status: 'up' } },
    });
  });

  it('serves the web app, with index.html for client-side routes but not for the API', async () => {
    const page = await harness.http().get('/councils/DER').set('accept', 'text/html').expect(200);
    expect(page.text).toContain('LGX test shell');
    await harness.http().get('/app.js').expect(200);
    await harness
      .http()
      .get('/graphql')
      .set('accept', 'text/html')
      .expect((response) => {
        expect(response.text).not.toContain('LGX test shell');
      });
  });

  it('answers every path of its own controllers itself, never with the web app', async () => {
    // Every route of every controller: its controller's path joined with its handler's.
    const paths = new DiscoveryService(harness.app.get(ModulesContainer))
      .getControllers()
      .flatMap(({ metatype }) => {
        if (!metatype) return [];
        const prototype = metatype.prototype as Record<string, unknown>;
        const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
        return (
          Object.getOwnPropertyNames(prototype)
            .filter((name) => name !== 'constructor')
            .map((name) => prototype[name] as object)
            // The web app answers only GET (and HEAD): other methods cannot reach it.
            .filter(
              (handler) => Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.GET,
            )
            .map((handler) => Reflect.getMetadata(PATH_METADATA, handler))
            .filter((route): route is string => typeof route === 'string')
            .map((route) =>
              `/${[base, route].join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1'),
            )
        );
      });
    expect(paths).toContain('/unsubscribe/:token');
    const uncovered = paths.filter(
      (path) =>
        !API_PATH_PREFIXES.some((prefix) => `${path}/`.startsWith(prefix) || path === prefix),
    );
    expect(uncovered).toEqual([]);
    const unsubscribe = await harness
      .http()
      .get('/unsubscribe/not-a-token')
      .set('accept', 'text/html')
      .expect(400);
    expect(unsubscribe.text).toContain('This link is not valid');
  });

  it('refuses a GraphQL request that could be a cross-site request forgery', async () => {
    const response = await harness
      .http()
      .get('/graphql?query=%7B__typename%7D')
      .set('accept', 'application/json');
    expect(response.status).toBe(400);
  });
});

describe('readiness when a service is down', () => {
  it('reports Meilisearch down with 503, and PostgreSQL up', async () => {
    const harness = await bootTestApp((config) =>
      createApp(
        { ...config, search: { ...config.search, url: 'http://127.0.0.1:9' } },
        { logger: false, importCouncils: false },
      ),
    );
    try {
      const ready = await harness.http().get('/health/ready').expect(503);
      expect(ready.body.status).toBe('unavailable');
      expect(ready.body.checks.postgres.status).toBe('up');
      expect(ready.body.checks.meilisearch.status).toBe('down');
      expect(JSON.stringify(ready.body)).not.toContain(harness.config.search.masterKey);
    } finally {
      await harness.close();
    }
  });

  it('reports PostgreSQL down with 503 when the database stops answering', async () => {
    const harness = await bootTestApp((config) =>
      createApp(config, { logger: false, importCouncils: false }),
    );
    const admin = new pg.Client({ connectionString: process.env['LGX_TEST_POSTGRES_ADMIN_URL'] });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${harness.database.name} ALLOW_CONNECTIONS false`);
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
        [harness.database.name],
      );
      const ready = await harness.http().get('/health/ready').expect(503);
      expect(ready.body.checks.postgres.status).toBe('down');
      expect(ready.body.checks.meilisearch.status).toBe('up');
      expect(JSON.stringify(ready.body)).not.toMatch(/postgres:\/\//);
    } finally {
      await admin.query(`ALTER DATABASE ${harness.database.name} ALLOW_CONNECTIONS true`);
      await admin.end();
      await harness.close();
    }
  });
});
