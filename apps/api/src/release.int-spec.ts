import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { type AppConfig } from '@lgx/api/core/config';
import {
  createTestConfig,
  eventually,
  TEST_ENV,
  type TestDatabase,
  withDatabase,
} from '@lgx/api/testing';
import { freePort } from '@lgx/infra';
import pg from 'pg';

/**
 * What the Dockerfile relies on, proven without Docker: `npm run build`
 * compiles the API and the web app; the compiled API starts with plain
 * `node` (no transpiler), configured from the environment alone, with only
 * the packages `npm ci --omit=dev` installs (infra/build/omit-dev-dependencies.cjs),
 * runs the compiled migrations, answers its health checks and GraphQL, and
 * serves the built web app precompressed.
 */
jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../../..');
const API_MAIN = path.join(ROOT, 'dist/apps/api/main.js');
const WEB_DIST = path.join(ROOT, 'dist/apps/web');
const run = promisify(execFile);

/**
 * Builds the release as `npm run build` does, unless the caller just did:
 * `npm test` builds once (LGX_RELEASE_BUILT=1) for this file, the browser
 * journeys and the cluster run, rather than a second build competing with the
 * other integration tests for the machine.
 */
async function buildRelease(): Promise<void> {
  if (process.env['LGX_RELEASE_BUILT'] === '1') return;
  const started = Date.now();
  await Promise.all([
    run(process.execPath, ['infra/bin/run.cjs', 'infra/build/build-api.ts'], { cwd: ROOT }),
    run(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.mts'],
      { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } },
    ),
  ]);
  console.log(`release build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** An empty database (not the run's migrated template): the compiled migrations build it all. */
async function createEmptyDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[TEST_ENV.adminUrl]!;
  const name = `lgx_release_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** The compiled API as the image's CMD runs it, with the environment an operator sets. */
function startCompiledApi(config: AppConfig, port: number) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', './infra/build/omit-dev-dependencies.cjs', '--enable-source-maps', API_MAIN],
    {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'],
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: config.database.url,
        MEILI_URL: config.search.url,
        MEILI_MASTER_KEY: config.search.masterKey,
        MEILI_INDEX_PREFIX: config.search.indexPrefix,
        LGX_SECRET_KEY: config.secretKey.toString('base64url'),
        WEB_DIST_DIR: WEB_DIST,
        STORAGE_DIR: path.join(tmpdir(), `lgx-release-files-${port}`),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    output: () => output,
    ready: () =>
      eventually(async () => {
        if (child.exitCode !== null) throw new Error(`the API exited:\n${output}`);
        return output.includes('LGX API ready on');
      }, 90_000),
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('the release build', () => {
  let config: AppConfig;
  let template: TestDatabase;
  let database: TestDatabase;
  let api: ReturnType<typeof startCompiledApi>;
  let base: string;

  beforeAll(async () => {
    await buildRelease();
    ({ config, database: template } = await createTestConfig());
    database = await createEmptyDatabase();
    config = { ...config, database: { ...config.database, url: database.url } };
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = startCompiledApi(config, port);
    await api.ready();
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    await template?.drop();
  });

  it('starts from dist/apps/api with plain node and answers its health checks', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    await eventually(async () => (await fetch(`${base}/health/ready`)).status === 200, 30_000);
  });

  it('has built an empty database with every migration, from the compiled files', async () => {
    const sources = readdirSync(path.join(ROOT, 'apps/api/src/migrations')).filter((name) =>
      name.endsWith('.ts'),
    );
    const client = new pg.Client({ connectionString: config.database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM migrations');
      expect(Number(rows[0]!.count)).toBe(sources.length);
    } finally {
      await client.end();
    }
  });

  it('answers GraphQL, with the council register it read from its data folder', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ councils(first: 1) { totalCount } }' }),
    });
    const body = (await response.json()) as { data?: { councils: { totalCount: number } } };
    expect(response.status).toBe(200);
    expect(body.data?.councils.totalCount).toBeGreaterThan(300);
  });

  it('serves the web app precompressed, cached by kind, and no source maps', async () => {
    const page = await fetch(`${base}/sector-map`, {
      headers: { accept: 'text/html', 'accept-encoding': 'br' },
    });
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\/index-[\w-]+\.js$/);

    for (const encoding of ['br', 'gzip']) {
      const asset = await fetch(`${base}${script}`, { headers: { 'accept-encoding': encoding } });
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-encoding')).toBe(encoding);
      expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(asset.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // fetch decodes it: the same script as the build wrote.
      expect(await asset.text()).toBe(readFileSync(path.join(WEB_DIST, script!), 'utf8'));
    }

    const map = await fetch(`${base}${script}.map`, { headers: { accept: '*/*' } });
    expect(await map.text()).not.toContain('"mappings"');
    const manifest = await fetch(`${base}/.vite/manifest.json`, { headers: { accept: '*/*' } });
    expect(await manifest.text()).not.toContain('"file"');
  });

  it('logged no error while starting and serving', () => {
    expect(api.output()).not.toMatch(/"level":(50|60)/);
  });
});
