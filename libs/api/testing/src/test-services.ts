import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  freePort,
  type RunningService,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
} from '@lgx/infra';
import pg from 'pg';

import { TEST_ENV, withDatabase } from './test-env';

const TEMPLATE = 'lgx_test_template';

/**
 * The test cluster is thrown away at the end of the run, so it need not survive a crash of
 * the machine: no waiting for the disk at each commit, checkpoint and CREATE DATABASE (every
 * test file clones the template). A crash of PostgreSQL alone still loses nothing committed:
 * what is written is in the operating system's cache, and commits still wait for their WAL
 * to be written there.
 */
export const TEST_POSTGRES_SETTINGS = ['fsync=off', 'full_page_writes=off'];

export interface TestServices {
  stop: () => Promise<void>;
}

/**
 * For Jest's global setup only (it loads the embedded binaries' ESM modules):
 * starts one PostgreSQL and one Meilisearch for the whole test run (or uses
 * DATABASE_URL / MEILI_URL + MEILI_MASTER_KEY), and prepares a template
 * database with every migration applied, which each test file clones.
 */
export async function startTestServices(
  migrate: (databaseUrl: string) => Promise<void>,
): Promise<TestServices> {
  const stops: (() => Promise<void>)[] = [];
  let tempDir: string | undefined;
  const temp = () => {
    tempDir ??= mkdtempSync(path.join(tmpdir(), 'lgx-test-'));
    return tempDir;
  };

  let adminUrl = process.env['DATABASE_URL'];
  if (!adminUrl) {
    const postgres: RunningService = await startEmbeddedPostgres({
      dataDir: path.join(temp(), 'postgres'),
      port: await freePort(),
      password: 'lgx-test',
      database: 'postgres',
      persistent: false,
      settings: TEST_POSTGRES_SETTINGS,
    });
    stops.push(postgres.stop);
    adminUrl = postgres.url;
  }

  let meiliUrl = process.env['MEILI_URL'];
  let meiliKey = process.env['MEILI_MASTER_KEY'];
  if (!meiliUrl) {
    meiliKey = 'lgx-test-master-key-0123456789';
    const meili = await startEmbeddedMeilisearch({
      dataDir: path.join(temp(), 'meilisearch'),
      port: await freePort(),
      masterKey: meiliKey,
    });
    stops.push(meili.stop);
    meiliUrl = meili.url;
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  } finally {
    await admin.end();
  }
  await migrate(withDatabase(adminUrl, TEMPLATE));

  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.templateDatabase] = TEMPLATE;
  process.env[TEST_ENV.meiliUrl] = meiliUrl;
  process.env[TEST_ENV.meiliKey] = meiliKey;

  return {
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
