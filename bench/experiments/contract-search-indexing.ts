/**
 * An experiment, not part of `npm run bench`: how fast public contracts reach
 * the search index through the outbox, and what the outbox triggers cost a
 * writer (docs/decisions/0042).
 *
 *   node infra/bin/run.cjs bench/experiments/contract-search-indexing.ts [--contracts 20000]
 *
 * Starts its own PostgreSQL and Meilisearch and the real API (as the bench
 * does), then:
 * 1. imports 2,000 releases through ContractImportService (one transaction
 *    each), without the outbox triggers and again with them: the triggers' cost per release;
 * 2. stores --contracts processes (two suppliers each) in transactions of 1,000
 *    processes, with the indexer held, and times the real SearchIndexer draining
 *    the outbox into Meilisearch;
 * 3. times a full rebuild of the contracts index (SearchReindexer).
 */
import 'reflect-metadata';

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { SearchIndexer, SearchReindexer } from '@lgx/api/core/search';
import { ContractImportService } from '@lgx/api/feature-contracts';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { measureIndexer, pauseIndexer } from '../src/measure/indexer';
import { migrate, startBenchApi } from '../src/services/bench-api';
import { startBenchServices } from '../src/services/bench-services';
import { Cleanup } from '../src/services/cleanup';

const say = (line: string) => process.stdout.write(`${line}\n`);
const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};

function release(n: number, prefix: string) {
  return {
    ocid: `ocds-${prefix}-${n}`,
    id: `${prefix}-${n}-1`,
    date: `2024-01-01T00:00:${String(n % 60).padStart(2, '0')}Z`,
    tag: ['award'],
    initiationType: 'tender',
    parties: [
      {
        id: 'B',
        name: 'Derby City Council',
        roles: ['buyer'],
        identifier: { scheme: 'GB-LAE', id: 'DER' },
      },
    ],
    buyer: { id: 'B', name: 'Derby City Council' },
    tender: {
      id: 'T',
      title: `Maintenance contract ${n}`,
      classification: { scheme: 'CPV', id: '45000000-7' },
    },
    awards: [
      {
        id: 'A',
        status: 'active',
        suppliers: [
          { id: 'S1', name: `Supplier ${n % 500} Ltd` },
          { id: 'S2', name: `Partner ${n % 97} plc` },
        ],
        value: { amount: 1000 * (n % 5000), currency: 'GBP' },
      },
    ],
  };
}

const RELEASES = 2_000;

/** Imports RELEASES releases through the real import (one transaction each), triggers on or off. */
async function importReleases(
  app: INestApplication,
  dir: string,
  label: string,
  triggers: boolean,
) {
  const db = app.get(DataSource);
  const file = path.join(dir, `${label}.json`);
  writeFileSync(
    file,
    JSON.stringify({ releases: Array.from({ length: RELEASES }, (_, n) => release(n, label)) }),
  );
  const action = triggers ? 'ENABLE' : 'DISABLE';
  for (const table of ['contracting_process', 'contract_supplier'])
    await db.query(`ALTER TABLE ${table} ${action} TRIGGER USER`);
  const started = performance.now();
  const report = await app.get(ContractImportService).importFile(file);
  const seconds = (performance.now() - started) / 1000;
  for (const table of ['contracting_process', 'contract_supplier'])
    await db.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  say(
    `  import of ${report.processesCreated} releases ${triggers ? 'with' : 'without'} the triggers: ` +
      `${(RELEASES / seconds).toFixed(0)} releases/s (${((seconds * 1000) / RELEASES).toFixed(2)} ms each)`,
  );
}

async function storeProcesses(db: DataSource, total: number, councils: string[]) {
  const started = performance.now();
  for (let from = 0; from < total; from += 1_000) {
    // One transaction a batch, as a batched import writes: one outbox row per process.
    await db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO contracting_process (ocid, title, description, buyer_name, buyer_council_code, buyer_match,
           value_amount, value_currency, cpv_main, cpv_additional, contract_end, max_extent_date,
           last_release_date, last_release_id, release_count, compiled_release)
         SELECT 'ocds-bulk-' || n, 'Contract for services ' || n, 'Description of contract ' || n || ' for maintenance and repair works',
           'Council ' || (n % 8), ($3::text[])[1 + n % cardinality($3::text[])], 'IDENTIFIER', (n * 137) % 20000000, CASE WHEN n % 10 = 0 THEN NULL ELSE 'GBP' END,
           lpad(((n % 90) + 3)::text, 2, '0') || '000000-0', '{}', now() + (n % 3000) * interval '1 day',
           CASE WHEN n % 3 = 0 THEN now() + (n % 4000) * interval '1 day' END,
           now() - (n % 700) * interval '1 day', 'r', 1, '{}'::jsonb
         FROM generate_series($1::int, $2::int) AS n`,
        [from, Math.min(from + 999, total - 1), councils],
      );
      await manager.query(
        `INSERT INTO contract_supplier (ocid, position, name)
         SELECT 'ocds-bulk-' || n, p, 'Supplier ' || ((n * 7 + p) % 3000) || ' Ltd'
         FROM generate_series($1::int, $2::int) AS n, generate_series(0, 1) AS p`,
        [from, Math.min(from + 999, total - 1)],
      );
    });
  }
  const seconds = (performance.now() - started) / 1000;
  say(`  Stored ${total} processes and ${total * 2} suppliers in ${seconds.toFixed(1)} s`);
}

async function main() {
  const total = arg('contracts', 20_000);
  const cleanup = new Cleanup();
  process.once('SIGINT', () => void cleanup.run().then(() => process.exit(130)));
  try {
    const services = await startBenchServices(cleanup);
    await migrate(services.databaseUrl);
    const { app } = await startBenchApi(services, cleanup);
    const db = app.get(DataSource);
    await app.get(SearchIndexer).settle();
    say('1. What the triggers cost the import, per release');
    const dir = mkdtempSync(path.join(tmpdir(), 'lgx-contract-bench-'));
    cleanup.add('release files', () => rmSync(dir, { recursive: true, force: true }));
    // The indexer is held meanwhile: the two runs compare the writes alone.
    const held = await pauseIndexer(services.databaseUrl);
    await importReleases(app, dir, 'off', false);
    await importReleases(app, dir, 'on', true);
    await importReleases(app, dir, 'off2', false);
    const [{ rows }] = await db.query(
      `SELECT count(*)::int AS rows FROM search_outbox WHERE entity_id LIKE 'ocds-on-%'`,
    );
    say(`  Outbox rows written for ${RELEASES} releases with the triggers: ${rows}`);
    await held.release();
    await app.get(SearchIndexer).settle();
    say(`2. Indexing ${total} contracts from the outbox`);
    const paused = await pauseIndexer(services.databaseUrl);
    const councils: { code: string }[] = await db.query(
      `SELECT code FROM council WHERE is_current ORDER BY code LIMIT 40`,
    );
    await storeProcesses(
      db,
      total,
      councils.map((council) => council.code),
    );
    await measureIndexer(app, paused.release, services.meilisearchPid, say);
    say('3. A full rebuild of the contracts index');
    const { documents, seconds } = await app.get(SearchReindexer).reindex('contract');
    say(
      `  Rebuilt ${documents} documents in ${seconds.toFixed(1)} s: ${(documents / seconds).toFixed(0)} documents/s`,
    );
  } finally {
    await cleanup.run();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
