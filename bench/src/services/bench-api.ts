import { randomBytes } from 'node:crypto';

import { type AppConfig, loadConfig } from '@lgx/api/core/config';
import { buildDataSourceOptions, runPendingMigrations } from '@lgx/api/core/database';
import { freePort } from '@lgx/infra';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

// The one door into the API app: the bench boots the real API in its own process (its
// composition root and migrations live in apps/api, which Nx forbids importing). ADR 0019.
// eslint-disable-next-line @nx/enforce-module-boundaries -- apps/api's composition root, see above
import { createApp } from '../../../apps/api/src/bootstrap';
// eslint-disable-next-line @nx/enforce-module-boundaries -- apps/api's migrations, see above
import { MIGRATIONS } from '../../../apps/api/src/migrations';
import type { BenchServices } from './bench-services';
import type { Cleanup } from './cleanup';

/** Applies the API's migrations. */
export async function migrate(databaseUrl: string): Promise<void> {
  const dataSource = new DataSource(
    buildDataSourceOptions({
      url: databaseUrl,
      entities: [],
      migrations: MIGRATIONS,
      applicationName: 'lgx-bench-migrate',
    }),
  );
  await dataSource.initialize();
  await runPendingMigrations(dataSource);
  await dataSource.destroy();
}

export interface BenchApi {
  app: NestExpressApplication;
  url: string;
  config: AppConfig;
}

/**
 * The real API, in this process, configured as production runs it (through
 * loadConfig: NODE_ENV=production, the default pool size), listening on a
 * free loopback port. The council register is imported by the API's own import.
 * Every request of the bench comes from 127.0.0.1, so the per-address rate
 * limit is raised out of the way (the limiter still runs on every request).
 */
export async function startBenchApi(
  services: BenchServices,
  cleanup: Cleanup,
  /** More of the API's environment, e.g. SMTP_URL. */
  env: Record<string, string> = {},
): Promise<BenchApi> {
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: services.databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey,
    MEILI_INDEX_PREFIX: services.indexPrefix,
    LGX_SECRET_KEY: randomBytes(32).toString('base64url'),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    STORAGE_DIR: services.storageDir,
    ...env,
  });
  const app = await createApp(config, {
    logger: ['error', 'warn'],
    http: { rateLimit: { limit: 1_000_000_000 } },
  });
  cleanup.add('API', () => app.close());
  await app.listen(port, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${port}`, config };
}
