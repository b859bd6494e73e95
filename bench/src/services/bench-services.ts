import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { freePort, startEmbeddedMeilisearch, startEmbeddedPostgres } from '@lgx/infra';
import pg from 'pg';

import { requestJson } from '../http/http-json';
import type { Cleanup } from './cleanup';

/** Where the bench's PostgreSQL and Meilisearch are, and what they are. */
export interface BenchServices {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  indexPrefix: string;
  postgres: string;
  meilisearch: string;
  /** Where the API keeps attachments during the run (a temporary folder). */
  storageDir: string;
  /** The embedded Meilisearch's process, to watch its CPU use. */
  meilisearchPid?: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The benchmark loads only services on this machine, never a shared or remote one. */
function assertLoopback(variable: string, url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${variable} is not a URL.`);
  }
  if (!LOOPBACK.has(parsed.hostname))
    throw new Error(
      `${variable} points at ${parsed.hostname}: the benchmark only runs against services on this machine (127.0.0.1, localhost or ::1).`,
    );
  return parsed;
}

/** A temporary folder for the run, made on first use and removed by the clean-up. */
function lazyTempDir(cleanup: Cleanup): () => string {
  let temp: string | undefined;
  return () => {
    if (!temp) {
      const dir = mkdtempSync(path.join(tmpdir(), 'lgx-bench-'));
      temp = dir;
      const remove = () => rmSync(dir, { recursive: true, force: true });
      cleanup.add('temporary folder', remove);
      cleanup.addLastResort(remove);
    }
    return temp;
  };
}

/** A database of its own on DATABASE_URL's server, or an embedded PostgreSQL. */
async function startPostgres(
  run: string,
  tempDir: () => string,
  cleanup: Cleanup,
): Promise<Pick<BenchServices, 'databaseUrl' | 'postgres'>> {
  let databaseUrl: string;
  let postgres: string;
  const givenDatabase = process.env['DATABASE_URL']?.trim();
  if (givenDatabase) {
    const adminUrl = assertLoopback('DATABASE_URL', givenDatabase).toString();
    const name = `lgx_bench_${run}`;
    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    cleanup.add(`database ${name}`, async () => {
      await withClient(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    });
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    postgres = `DATABASE_URL (database ${name}, dropped afterwards)`;
  } else {
    const port = await freePort();
    const server = await startEmbeddedPostgres({
      dataDir: path.join(tempDir(), 'postgres'),
      port,
      password: randomBytes(12).toString('hex'),
      database: 'lgx_bench',
      persistent: false,
    });
    cleanup.add('PostgreSQL', server.stop);
    databaseUrl = server.url;
    postgres = `embedded, port ${port}`;
  }
  const version = await withClient(databaseUrl, (client) => client.query('SHOW server_version'));
  postgres = `PostgreSQL ${String(version.rows[0].server_version).split(' ')[0]}, ${postgres}`;
  return { databaseUrl, postgres };
}

/** An index prefix of its own on MEILI_URL's server, or an embedded Meilisearch. */
async function startMeilisearch(
  run: string,
  tempDir: () => string,
  cleanup: Cleanup,
): Promise<
  Pick<
    BenchServices,
    'meiliUrl' | 'meiliMasterKey' | 'indexPrefix' | 'meilisearch' | 'meilisearchPid'
  >
> {
  let meiliUrl: string;
  let meiliMasterKey: string;
  let meilisearch: string;
  let indexPrefix = 'lgx_';
  let meilisearchPid: number | undefined;
  const givenMeili = process.env['MEILI_URL']?.trim();
  if (givenMeili) {
    assertLoopback('MEILI_URL', givenMeili);
    const key = process.env['MEILI_MASTER_KEY']?.trim();
    if (!key) throw new Error('MEILI_URL is set, so MEILI_MASTER_KEY must be set too.');
    meiliUrl = givenMeili.replace(/\/$/, '');
    meiliMasterKey = key;
    indexPrefix = `bench_${run}_`;
    cleanup.add(`indexes ${indexPrefix}*`, () => deleteIndexes(meiliUrl, key, indexPrefix));
    meilisearch = `MEILI_URL (indexes ${indexPrefix}*, deleted afterwards)`;
  } else {
    const port = await freePort();
    meiliMasterKey = randomBytes(24).toString('base64url');
    const server = await startEmbeddedMeilisearch({
      dataDir: path.join(tempDir(), 'meilisearch'),
      port,
      masterKey: meiliMasterKey,
    });
    cleanup.add('Meilisearch', server.stop);
    cleanup.addLastResort(() => server.process.kill('SIGKILL'));
    meiliUrl = server.url;
    meilisearchPid = server.process.pid;
    meilisearch = `embedded, port ${port}`;
  }
  const meiliVersion = await meiliRequest(meiliUrl, meiliMasterKey, 'GET', '/version');
  meilisearch = `Meilisearch ${(meiliVersion as { pkgVersion: string }).pkgVersion}, ${meilisearch}`;
  return { meiliUrl, meiliMasterKey, indexPrefix, meilisearch, meilisearchPid };
}

/**
 * Starts PostgreSQL and Meilisearch for the run in a temporary folder, or
 * uses DATABASE_URL / MEILI_URL (+ MEILI_MASTER_KEY): then in a database of
 * its own and under an index prefix of its own, dropped afterwards.
 */
export async function startBenchServices(cleanup: Cleanup): Promise<BenchServices> {
  const run = randomBytes(4).toString('hex');
  const tempDir = lazyTempDir(cleanup);
  const postgres = await startPostgres(run, tempDir, cleanup);
  const meilisearch = await startMeilisearch(run, tempDir, cleanup);
  return { storageDir: path.join(tempDir(), 'attachments'), ...postgres, ...meilisearch };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A plain Meilisearch call (set-up and clean-up; searches go through the load worker). */
function meiliRequest(
  url: string,
  key: string,
  method: 'GET' | 'DELETE',
  pathname: string,
): Promise<unknown> {
  return requestJson({
    method,
    url: `${url}${pathname}`,
    headers: { authorization: `Bearer ${key}` },
  });
}

async function deleteIndexes(url: string, key: string, prefix: string): Promise<void> {
  const listed = (await meiliRequest(url, key, 'GET', '/indexes?limit=1000')) as {
    results: { uid: string }[];
  };
  for (const index of listed.results.filter((entry) => entry.uid.startsWith(prefix)))
    await meiliRequest(url, key, 'DELETE', `/indexes/${index.uid}`);
}
