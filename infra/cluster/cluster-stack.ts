import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import {
  freePort,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  type WatchedService,
} from '../src';
import { ApiProcess } from './api-process';
import { type RunningNginx, startNginx } from './nginx';

const root = path.join(__dirname, '..', '..');

/** A council editor the load signs in as; each writes draft case studies for its council. */
export interface ClusterOfficer {
  email: string;
  password: string;
  councilCode: string;
}

/** Editors of the councils whose email domains the sample data adds (sample-council-domains.ts). */
export const CLUSTER_OFFICERS: readonly ClusterOfficer[] = [
  { email: 'cluster.editor@derby.gov.uk', password: 'quarry lantern meadow', councilCode: 'DER' },
  { email: 'cluster.editor@kent.gov.uk', password: 'harbour thicket ember', councilCode: 'KEN' },
  {
    email: 'cluster.editor@stockport.gov.uk',
    password: 'orchard pebble cinder',
    councilCode: 'SKP',
  },
];

export interface ClusterStack {
  dir: string;
  databaseUrl: string;
  meili: { url: string; masterKey: string; indexPrefix: string };
  apis: ApiProcess[];
  nginx: RunningNginx;
  stop: () => Promise<void>;
}

export interface StackOptions {
  dir: string;
  processes: number;
  rateLimitScale: number;
  say: (line: string) => void;
}

/**
 * PostgreSQL and Meilisearch on free ports, migrated once, the API processes
 * (the first alone: it imports the council register and the sample data),
 * the officers, and nginx in front.
 */
export async function startClusterStack(options: StackOptions): Promise<ClusterStack> {
  const { dir, say } = options;
  mkdirSync(dir, { recursive: true });
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    const password = randomBytes(12).toString('hex');
    const postgres = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'postgres'),
      port: await freePort(),
      password,
      database: 'lgx',
      persistent: false,
    });
    stops.push(postgres.stop);
    const meili = await startSearch(dir);
    stops.push(meili.service.stop);
    const databaseUrl = postgres.url;
    say('PostgreSQL and Meilisearch started; migrating once...');
    await runCli(['apps/api/src/cli/migration.ts', 'run'], { DATABASE_URL: databaseUrl });
    const env = apiEnvironment(dir, databaseUrl, meili, options.rateLimitScale);
    const apis = await startApis(dir, env, options.processes, say);
    stops.push(async () => void (await Promise.all(apis.map((api) => api.close()))));
    await createOfficers(databaseUrl);
    const nginx = await startNginx({
      dir: path.join(dir, 'nginx'),
      port: await freePort(),
      apis: apis.map((api) => api.address),
    });
    stops.push(nginx.stop);
    return {
      dir,
      databaseUrl,
      meili: { url: meili.service.url, masterKey: meili.masterKey, indexPrefix: 'lgx_' },
      apis,
      nginx,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startSearch(dir: string): Promise<{ service: WatchedService; masterKey: string }> {
  const masterKey = randomBytes(24).toString('base64url');
  const service = await startEmbeddedMeilisearch({
    dataDir: path.join(dir, 'meilisearch'),
    port: await freePort(),
    masterKey,
    maxIndexingThreads: 1,
  });
  return { service, masterKey };
}

function apiEnvironment(
  dir: string,
  databaseUrl: string,
  meili: { service: WatchedService; masterKey: string },
  rateLimitScale: number,
): NodeJS.ProcessEnv {
  const webDist = path.join(root, 'dist', 'apps', 'web');
  return {
    PATH: process.env['PATH'],
    // Development: the first process loads the sample content the load reads.
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    MEILI_URL: meili.service.url,
    MEILI_MASTER_KEY: meili.masterKey,
    LGX_SECRET_KEY: randomBytes(32).toString('base64url'),
    STORAGE_DIR: path.join(dir, 'attachments'),
    WEB_DIST_DIR: existsSync(path.join(webDist, 'index.html')) ? webDist : '',
    RATE_LIMIT_SCALE: String(rateLimitScale),
    // nginx, on this machine, says who the client is.
    TRUST_PROXY: 'loopback',
    // Shorter than production's, so a SIGTERM'd process comes back within the run.
    SHUTDOWN_DELAY_MS: '2000',
  };
}

async function startApis(
  dir: string,
  env: NodeJS.ProcessEnv,
  count: number,
  say: (line: string) => void,
): Promise<ApiProcess[]> {
  const apis: ApiProcess[] = [];
  for (let n = 1; n <= count; n++)
    apis.push(new ApiProcess(`api${n}`, await freePort(), env, root, dir));
  say(`Starting ${apis[0]!.name} (it imports the council register and the sample data)...`);
  await apis[0]!.start();
  if (apis.length > 1) {
    say(
      `Starting ${apis
        .slice(1)
        .map((api) => api.name)
        .join(' and ')}...`,
    );
    await Promise.all(apis.slice(1).map((api) => api.start()));
  }
  for (const api of apis) await waitUntilReady(api);
  return apis;
}

/** Waits until the process's readiness probe says so (its first search build done). */
export async function waitUntilReady(api: ApiProcess, limitMs = 60_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    const response = await fetch(`http://${api.address}/health/ready`).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${api.name} was not ready (/health/ready) within ${limitMs / 1000} s.`);
}

/** The officers, through the admin CLI as an operator would. */
async function createOfficers(databaseUrl: string): Promise<void> {
  await Promise.all(
    CLUSTER_OFFICERS.map((officer) =>
      runCli(
        [
          'apps/api/src/cli/admin.ts',
          'create-account',
          officer.email,
          `Cluster editor ${officer.councilCode}`,
          'Load test editor',
          '--council-role',
          'EDITOR',
        ],
        { DATABASE_URL: databaseUrl, LGX_NEW_PASSWORD: officer.password },
      ),
    ),
  );
}

async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['infra/bin/run.cjs', ...args], {
      cwd: root,
      env: { PATH: process.env['PATH'], ...env },
      timeout: 120_000,
    });
    return stdout;
  } catch (error) {
    const failed = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(
      `${args.join(' ')} failed: ${failed.stderr || failed.stdout || failed.message}`,
    );
  }
}
