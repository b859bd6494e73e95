import { REINDEX_LOCK, SearchIndexer } from '@lgx/api/core/search';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';

import { type CpuUse, describeCpu, watchCpu } from '../report/cpu';
import { count, decimal } from '../report/format';

export interface IndexerFigures {
  documents: number;
  seconds: number;
  documentsPerSecond: number;
  failures: number;
  cpu: CpuUse;
}

const LIMIT_SECONDS = 3_600;

/**
 * Holds the lock every outbox drain takes shared (as a full reindex does),
 * so the indexer waits while the corpus is stored; `release` then lets the
 * real SearchIndexer drain the whole outbox, timed until lag().pending is 0.
 */
export async function pauseIndexer(databaseUrl: string) {
  const client = new pg.Client({
    connectionString: databaseUrl,
    application_name: 'lgx-bench-pause',
  });
  client.on('error', () => undefined);
  await client.connect();
  await client.query('SELECT pg_advisory_lock($1)', [REINDEX_LOCK]);
  return {
    release: async () => {
      await client.query('SELECT pg_advisory_unlock($1)', [REINDEX_LOCK]);
      await client.end();
    },
    end: () => client.end().catch(() => undefined),
  };
}

export async function measureIndexer(
  app: INestApplication,
  release: () => Promise<void>,
  meilisearchPid: number | undefined,
  say: (line: string) => void,
): Promise<IndexerFigures> {
  const indexer = app.get(SearchIndexer);
  const failuresBefore = indexer.totals.failures;
  const { pending: documents } = await indexer.lag();
  await release();
  const stopWatching = watchCpu(meilisearchPid);
  const started = performance.now();
  indexer.kick();
  let reported = started;
  for (;;) {
    const { pending } = await indexer.lag();
    const elapsed = (performance.now() - started) / 1000;
    if (pending === 0) break;
    if (elapsed > LIMIT_SECONDS)
      throw new Error(`the outbox still had ${count(pending)} rows after ${LIMIT_SECONDS} s`);
    if (performance.now() - reported > 15_000) {
      reported = performance.now();
      const done = documents - pending;
      say(`  ...indexed ${count(done)} of ${count(documents)} (${count(done / elapsed)}/s)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = stopWatching();
  const failures = indexer.totals.failures - failuresBefore;
  say(
    `  Drained ${count(documents)} outbox rows in ${decimal(seconds)} s: ${count(documents / seconds)} documents/s` +
      (failures > 0 ? ` (${failures} failed batches, retried)` : ''),
  );
  say(`  Meanwhile: ${describeCpu(cpu)}`);
  return {
    documents,
    seconds: Math.round(seconds * 10) / 10,
    documentsPerSecond: Math.round(documents / seconds),
    failures,
    cpu,
  };
}
