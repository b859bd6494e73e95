import { bootTestApp, seedTestCouncils, type TestApp } from '@lgx/api/testing';

import { createApp } from '../src/bootstrap';

/** The whole API on a fresh database, quiet, with the test councils (not the full register). */
export async function bootApiApp(): Promise<TestApp> {
  const harness = await bootTestApp((config) =>
    createApp(config, { logger: false, importCouncils: false }),
  );
  await seedTestCouncils(harness.dataSource);
  return harness;
}
