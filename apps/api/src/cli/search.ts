/**
 * Search maintenance:
 *
 *   npm run search -- reindex [type...]   rebuild indexes from PostgreSQL, with zero downtime
 *   npm run search -- check [type...]     report records missing from or extra in the index
 *   npm run search -- lag                 changes waiting in the outbox
 *
 * Types are document types (council, case_study...); all with a source when none are given.
 * Works against a running `npm start`, or DATABASE_URL + MEILI_URL + MEILI_MASTER_KEY.
 */
import { loadConfig } from '@lgx/api/core/config';
import { SearchIndexer, SearchReindexer, SearchSourceRegistry } from '@lgx/api/core/search';
import { acquireLock, readDevEnvironment } from '@lgx/infra';

import { createApp } from '../bootstrap';

function environment(): NodeJS.ProcessEnv {
  // The running API drains the outbox and runs the jobs; this command only reads and rebuilds.
  if (process.env['DATABASE_URL'] && process.env['MEILI_URL'])
    return { ...process.env, SEARCH_INDEXER: 'off', JOBS_WORKER: 'off' };
  const dev = readDevEnvironment();
  try {
    acquireLock(dev.dataDir).release();
    console.error(
      'LGX is not running: start it (npm start), or set DATABASE_URL, MEILI_URL and MEILI_MASTER_KEY.',
    );
    process.exit(2);
  } catch {
    // Running: use its services.
  }
  return {
    ...process.env,
    DATABASE_URL:
      process.env['DATABASE_URL'] ??
      `postgres://postgres:${encodeURIComponent(dev.secrets.postgresPassword)}@127.0.0.1:${dev.pgPort}/lgx`,
    MEILI_URL: process.env['MEILI_URL'] ?? `http://127.0.0.1:${dev.meiliPort}`,
    MEILI_MASTER_KEY: process.env['MEILI_MASTER_KEY'] ?? dev.secrets.meiliMasterKey,
    LGX_SECRET_KEY: process.env['LGX_SECRET_KEY'] ?? dev.secrets.appSecretKey,
    LOG_LEVEL: 'warn',
    SEARCH_INDEXER: 'off',
    JOBS_WORKER: 'off',
  };
}

async function main(): Promise<void> {
  const [command, ...types] = process.argv.slice(2);
  if (!['reindex', 'check', 'lag'].includes(command ?? '')) {
    console.error('Usage: npm run search -- reindex|check [type...] | lag');
    process.exit(2);
  }
  const app = await createApp(loadConfig(environment()), {
    importCouncils: false,
    logger: ['error', 'warn'],
  });
  let failed = false;
  try {
    const chosen = types.length > 0 ? types : app.get(SearchSourceRegistry).types();
    if (command === 'lag') {
      console.log(await app.get(SearchIndexer).lag());
    }
    for (const type of command === 'lag' ? [] : chosen) {
      if (command === 'reindex') {
        const { documents, seconds } = await app.get(SearchReindexer).reindex(type);
        console.log(`${type}: ${documents} documents reindexed in ${seconds.toFixed(1)} s`);
      } else {
        const report = await app.get(SearchReindexer).check(type);
        const ok = report.missing.length === 0 && report.extra.length === 0;
        failed ||= !ok;
        console.log(
          `${type}: ${report.expected} expected, ${report.indexed} indexed` +
            (ok
              ? ', consistent'
              : `; missing ${report.missing.length} (${report.missing.slice(0, 10).join(', ')}), extra ${report.extra.length} (${report.extra.slice(0, 10).join(', ')})`),
        );
      }
    }
  } finally {
    await app.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
