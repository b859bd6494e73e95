/**
 * `npm start`: runs the whole platform on this machine. PostgreSQL and
 * Meilisearch start embedded (data in LGX_DATA_DIR, default .data/) unless
 * DATABASE_URL / MEILI_URL point elsewhere, and a local SMTP catcher unless
 * SMTP_URL does; then the API, which also serves the web app. An embedded
 * service that dies is restarted, with back-off. LGX is said to be running
 * once search has its first build (or after LGX_SEARCH_WAIT_SECONDS). Ctrl-C
 * stops everything.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import {
  acquireLock,
  assertPortFree,
  type DevEnvironment,
  readDevEnvironment,
  type RunningService,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  startMailCatcher,
  supervise,
} from '../src';
import { readableLogLine } from './readable-log';
import { type SearchReport, waitForSearch } from './wait-for-search';
import { buildWeb, webBuildIsStale, webDistDir } from './web-build';

const started = performance.now();
const devMode = process.argv.includes('--dev');
const cleanups: (() => Promise<void> | void)[] = [];
let stopping = false;

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

async function stopAll(code: number): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`While stopping: ${(error as Error).message}`);
    }
  }
  process.exit(code);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts a Node child and resolves once it prints `readyLine`. */
function startChild(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  readyLine: RegExp,
  cwd: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  cleanups.push(() => stopChild(child));
  // If this process is made to exit before the cleanups finish, the child goes too.
  process.once('exit', () => child.kill('SIGTERM'));
  return new Promise((resolve, reject) => {
    let ready = false;
    const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (!ready && readyLine.test(text)) {
        ready = true;
        resolve(child);
      } else {
        for (const line of text.split('\n').filter(Boolean))
          stream.write(`[${name}] ${readableLogLine(line)}\n`);
      }
    };
    child.stdout?.on('data', forward(process.stdout));
    child.stderr?.on('data', forward(process.stderr));
    child.once('exit', (code) => {
      if (!ready) reject(new Error(`${name} stopped during start-up (exit code ${code}).`));
      else if (!stopping) {
        console.error(`${name} stopped unexpectedly (exit code ${code}); stopping LGX.`);
        void stopAll(1);
      }
    });
  });
}

async function main(): Promise<void> {
  const env = readDevEnvironment();
  const lock = acquireLock(env.dataDir);
  cleanups.push(() => lock.release());
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  await assertPortFree(
    env.apiPort,
    'LGX API and web',
    'Set PORT to a free port, e.g. PORT=3100 npm start.',
    env.host,
  );

  const services: Services = {
    databaseUrl: env.databaseUrl || (await startDatabase(env)),
    ...(await startSearch(env)),
    ...(await startMail(env)),
  };

  if (!devMode && webBuildIsStale(env.root)) {
    say('Building the web app (first run, or its sources changed)...');
    await buildWeb(env.root);
  }

  const apiEnv = apiEnvironment(env, services);
  await startChild(
    'api',
    ['infra/bin/run.cjs', 'apps/api/src/main.ts'],
    apiEnv,
    /LGX API ready/,
    env.root,
  );

  let webUrl = `http://${env.host}:${env.apiPort}`;
  if (devMode) {
    await startChild(
      'web',
      ['node_modules/vite/bin/vite.js', '--config', 'apps/web/vite.config.mts', '--strictPort'],
      { ...process.env, LGX_API_URL: webUrl },
      /ready in/,
      env.root,
    );
    webUrl = 'http://localhost:4200';
  }

  const apiUrl = `http://${env.host}:${env.apiPort}`;
  const search = await waitForFirstSearchBuild(apiUrl, env.searchWaitSeconds);
  sayRunning(env, { webUrl, apiUrl, search, mailCatcherDir: services.mailCatcherDir, apiEnv });
}

/** Where the API finds its database, search engine and mail server. */
interface Services {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string | undefined;
  smtpUrl: string;
  /** Set when mail is caught locally. */
  mailCatcherDir?: string;
}

/** The embedded PostgreSQL, supervised; its URL. */
async function startDatabase(env: DevEnvironment): Promise<string> {
  await assertPortFree(
    env.pgPort,
    'embedded PostgreSQL',
    'Set LGX_PG_PORT to a free port, or DATABASE_URL to use a PostgreSQL you run.',
  );
  const postgres = await supervise({
    name: 'PostgreSQL',
    start: () =>
      startEmbeddedPostgres({
        dataDir: path.join(env.dataDir, 'postgres'),
        port: env.pgPort,
        password: env.secrets.postgresPassword,
        database: 'lgx',
        log: (line) => console.error(line),
      }),
    say: (line) => console.error(line),
    shouldRestart: () => !stopping,
    // Nothing works without the database.
    onGiveUp: () => void stopAll(1),
  });
  cleanups.push(postgres.stop);
  return (postgres.current() as RunningService).url;
}

/** MEILI_URL, or the embedded Meilisearch, supervised. */
async function startSearch(
  env: DevEnvironment,
): Promise<Pick<Services, 'meiliUrl' | 'meiliMasterKey'>> {
  if (env.meiliUrl) return { meiliUrl: env.meiliUrl, meiliMasterKey: env.meiliMasterKey };
  await assertPortFree(
    env.meiliPort,
    'embedded Meilisearch',
    'Set LGX_MEILI_PORT to a free port, or MEILI_URL and MEILI_MASTER_KEY to use a Meilisearch you run.',
  );
  const meili = await supervise({
    name: 'Meilisearch',
    start: () =>
      startEmbeddedMeilisearch({
        dataDir: path.join(env.dataDir, 'meilisearch'),
        port: env.meiliPort,
        masterKey: env.secrets.meiliMasterKey,
      }),
    say: (line) => console.error(line),
    shouldRestart: () => !stopping,
    // The rest of LGX works without search: searches answer SEARCH_UNAVAILABLE.
    onGiveUp: () => console.error('LGX carries on without search; searches say it is unavailable.'),
  });
  cleanups.push(meili.stop);
  return {
    meiliUrl: (meili.current() as RunningService).url,
    meiliMasterKey: env.secrets.meiliMasterKey,
  };
}

/** SMTP_URL, or the local SMTP catcher. */
async function startMail(
  env: DevEnvironment,
): Promise<Pick<Services, 'smtpUrl' | 'mailCatcherDir'>> {
  if (env.smtpUrl) return { smtpUrl: env.smtpUrl };
  await assertPortFree(
    env.smtpPort,
    'local SMTP catcher',
    'Set LGX_SMTP_PORT to a free port, or SMTP_URL to send mail through an SMTP server you run.',
  );
  const mailCatcherDir = path.join(env.dataDir, 'mailbox');
  // It runs inside this process, so it cannot outlive the runner however the
  // runner ends; stopping it here just lets a message being written finish.
  const catcher = await startMailCatcher({ dir: mailCatcherDir, port: env.smtpPort });
  cleanups.push(catcher.stop);
  return { smtpUrl: catcher.url, mailCatcherDir };
}

function apiEnvironment(env: DevEnvironment, services: Services): NodeJS.ProcessEnv {
  const { databaseUrl, meiliUrl, meiliMasterKey, smtpUrl, mailCatcherDir } = services;
  return {
    ...process.env,
    NODE_ENV: process.env['NODE_ENV'] ?? 'development',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    DATABASE_URL: databaseUrl,
    MEILI_URL: meiliUrl,
    MEILI_MASTER_KEY: meiliMasterKey,
    SMTP_URL: smtpUrl,
    ...(mailCatcherDir ? { MAIL_CATCHER_DIR: mailCatcherDir } : {}),
    PORT: String(env.apiPort),
    HOST: env.host,
    WEB_DIST_DIR: devMode ? '' : webDistDir(env.root),
    LGX_SECRET_KEY: process.env['LGX_SECRET_KEY'] || env.secrets.appSecretKey,
    STORAGE_DIR: process.env['STORAGE_DIR'] || path.join(env.dataDir, 'attachments'),
    // Links in emails point at the web app people use (Vite's dev server under --dev).
    PUBLIC_URL:
      process.env['PUBLIC_URL'] ||
      (devMode ? 'http://localhost:4200' : `http://${env.host}:${env.apiPort}`),
  };
}

/** What is running, and where. */
function sayRunning(
  env: DevEnvironment,
  running: {
    webUrl: string;
    apiUrl: string;
    search: SearchReport['state'];
    mailCatcherDir: string | undefined;
    apiEnv: NodeJS.ProcessEnv;
  },
): void {
  const { webUrl, apiUrl, search, mailCatcherDir, apiEnv } = running;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say('');
  say(`LGX, the LocalGov Exchange, is running (ready in ${seconds} s).`);
  say('');
  say(`  Open the web app:  ${webUrl}`);
  say(`  GraphQL API:       ${apiUrl}/graphql`);
  say(`  Health:            ${apiUrl}/health/ready`);
  if (!mailCatcherDir) say('  Mail:              sent through SMTP_URL');
  else if (apiEnv['NODE_ENV'] === 'production')
    say(`  Mail:              caught on port ${env.smtpPort} (no dev mailbox in production)`);
  else say(`  Dev mailbox:       ${apiUrl}/dev/mailbox   (SMTP catcher on port ${env.smtpPort})`);
  say(
    `  PostgreSQL:        ${env.databaseUrl ? 'DATABASE_URL' : `embedded, port ${env.pgPort}`}` +
      `   Meilisearch: ${env.meiliUrl ? 'MEILI_URL' : `embedded, port ${env.meiliPort}`}`,
  );
  say(`  Data folder:       ${path.relative(process.cwd(), env.dataDir) || '.'}`);
  if (search === 'building')
    say(
      `  Search:            still being prepared; results may be incomplete until ${apiUrl}/health/ready says "ready"`,
    );
  else if (search === 'unavailable')
    say('  Search:            unavailable for now; searches say so until Meilisearch answers');
  say('');
  say('Press Ctrl-C to stop.');
}

/** Waits (at most `limitSeconds`) for the API's first search build, showing its progress. */
async function waitForFirstSearchBuild(
  apiUrl: string,
  limitSeconds: number,
): Promise<SearchReport['state']> {
  const inPlace = process.stdout.isTTY;
  const waitStarted = performance.now();
  let printedAt = 0;
  let shown = false;
  const state = await waitForSearch({
    limitMs: limitSeconds * 1000,
    read: async () => {
      const response = await fetch(`${apiUrl}/health/ready`, {
        signal: AbortSignal.timeout(3_000),
      });
      return (
        ((await response.json()) as { checks?: { search?: SearchReport } }).checks?.search ?? null
      );
    },
    progress: (line) => {
      shown = true;
      if (inPlace) process.stdout.write(`\r\x1b[2K${line}`);
      else if (Date.now() - printedAt >= 3_000) {
        printedAt = Date.now();
        say(line);
      }
    },
  });
  if (shown && inPlace) process.stdout.write('\r\x1b[2K');
  const waited = ((performance.now() - waitStarted) / 1000).toFixed(1);
  if (shown)
    say(
      state === 'ready'
        ? `Search is ready (its first build took ${waited} s after the API started).`
        : `Search is still being prepared after ${waited} s; LGX starts without waiting longer.`,
    );
  return state;
}

main().catch(async (error: unknown) => {
  console.error(`\nLGX could not start: ${error instanceof Error ? error.message : String(error)}`);
  await stopAll(1);
});
