import { randomBytes } from 'node:crypto';

import pg from 'pg';

import { TEST_ENV, withDatabase } from './test-env';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run integration tests with jest.int.config.cjs, whose global setup starts the services.`,
    );
  }
  return value;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

/** A fresh database, migrated, for one test file: cloned from the run's template (or empty, to migrate). */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = required(TEST_ENV.adminUrl);
  const template = required(TEST_ENV.templateDatabase);
  const name = `lgx_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${options.empty ? 'template0' : template}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Meilisearch settings for one test file: its own index prefix, so files never see each other's indexes. */
export function testSearchSettings() {
  return {
    url: required(TEST_ENV.meiliUrl),
    masterKey: required(TEST_ENV.meiliKey),
    indexPrefix: `t${randomBytes(5).toString('hex')}_`,
    indexerEnabled: true,
  };
}
