/**
 * `npm run bench:contracts [-- --releases 20000]`: the public contracts
 * benchmark of issue 16. Starts its own PostgreSQL and Meilisearch (or uses
 * DATABASE_URL / MEILI_URL on this machine), boots the real API in this
 * process (which imports the council register), then runs the steps of
 * src/contracts/contract-bench-steps.ts in order: generate synthetic OCDS
 * releases as JSON Lines, import them with ContractImportService in a
 * process of its own (the API's search indexer held meanwhile), let the
 * indexer drain the search outbox into Meilisearch, time the renewal radar
 * for councils with contracts, and time contracts search through GraphQL
 * against the same search sent straight to Meilisearch. Prints the figures
 * against issue 16's targets and writes them to
 * bench/results/contracts-latest.json.
 */
import './src/production-env';
import 'reflect-metadata';

import { setMaxListeners } from 'node:events';
import path from 'node:path';

import { SearchIndexer } from '@lgx/api/core/search';
import pg from 'pg';

import {
  CONTRACT_BENCH_USAGE,
  parseContractBenchOptions,
} from './src/contracts/contract-bench-options';
import {
  CONTRACT_BENCH_STEPS,
  type ContractBenchContext,
} from './src/contracts/contract-bench-steps';
import { pauseIndexer } from './src/measure/indexer';
import { count, ms } from './src/report/format';
import { loadAverage, machineInfo } from './src/report/machine';
import { RESULTS_FILE, writeResults } from './src/report/results';
import { printTargets, type TargetCheck } from './src/report/targets';
import { migrate, startBenchApi } from './src/services/bench-api';
import { runBenchProcess } from './src/services/bench-process';
import { startBenchServices } from './src/services/bench-services';
import { Cleanup } from './src/services/cleanup';

const RELEASES_PER_SECOND_TARGET = 1_000;
const PEAK_RSS_TARGET_MIB = 1_024;
const RADAR_P95_TARGET_MS = 150;
const SEARCH_P95_RATIO_TARGET = 2;

// meilisearch-js adds an abort listener per poll of a task (see run.ts): not a leak here.
setMaxListeners(0);
interface ContractFigures {
  import: { releasesPerSecond: number; peakRssMiB: number };
  index: { contractsPerSecond: number; seconds: number };
  radar: { p95: number };
  search: { p95Ratio: number; graphql: { p95: number }; direct: { p95: number } };
}

/** Issue 16's targets, checked against this run's figures. */
function contractTargets({
  import: imported,
  index,
  radar,
  search,
}: ContractFigures): TargetCheck[] {
  return [
    {
      target: `at least ${count(RELEASES_PER_SECOND_TARGET)} releases/s into PostgreSQL`,
      measured: `${count(imported.releasesPerSecond)} releases/s`,
      pass: imported.releasesPerSecond >= RELEASES_PER_SECOND_TARGET,
    },
    {
      target: 'peak memory of the import under 1 GB',
      measured: `${imported.peakRssMiB} MiB`,
      pass: imported.peakRssMiB < PEAK_RSS_TARGET_MIB,
    },
    {
      target: 'every contract in Meilisearch (no set rate)',
      measured: `${count(index.contractsPerSecond)} contracts/s, ${index.seconds} s`,
      pass: true,
    },
    {
      target: `renewal radar p95 at most ${RADAR_P95_TARGET_MS} ms`,
      measured: `${ms(radar.p95)} ms`,
      pass: radar.p95 <= RADAR_P95_TARGET_MS,
    },
    {
      target: 'contracts search p95 at most 2× Meilisearch',
      measured: `${search.p95Ratio.toFixed(2)}× (${ms(search.graphql.p95)} ms against ${ms(search.direct.p95)} ms)`,
      pass: search.p95Ratio <= SEARCH_P95_RATIO_TARGET,
    },
  ];
}

const cleanup = new Cleanup();
let phase = 'starting';
const say = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const options = parseContractBenchOptions(process.argv.slice(2));
  const startedAt = new Date();
  const machine = machineInfo();
  const loadAtStart = loadAverage();
  say(
    `LGX public contracts benchmark, ${options.releases.toLocaleString('en-GB')} releases, seed "${options.seed}"`,
  );
  say(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );
  say(`Load average at start: ${loadAtStart.join(', ')} (1, 5, 15 min)`);

  phase = 'starting the services';
  say('\nServices and the API');
  const services = await startBenchServices(cleanup);
  say(`  ${services.postgres}\n  ${services.meilisearch}`);
  await migrate(services.databaseUrl);
  const api = await startBenchApi(services, cleanup);
  say(`  API: ${api.url} (in this process; the council register imported by it)`);

  // The indexer waits while the import runs, so each is timed alone (the index step lets it
  // go); first it builds the empty indexes, which takes the lock the pause holds.
  await api.app.get(SearchIndexer).settle();
  const indexerPause = await pauseIndexer(services.databaseUrl);
  cleanup.add('indexer pause', indexerPause.end);
  const db = new pg.Pool({ connectionString: services.databaseUrl, max: 2 });
  cleanup.add('bench pool', () => db.end());

  const context: ContractBenchContext = {
    options,
    services,
    api,
    db,
    indexerPause,
    tempDir: path.dirname(services.storageDir),
    say,
  };
  const figures: Record<string, Record<string, unknown>> = {};
  for (const [at, step] of CONTRACT_BENCH_STEPS.entries()) {
    phase = step.title.toLowerCase();
    say(`\n[${at + 1}/${CONTRACT_BENCH_STEPS.length}] ${step.title}`);
    figures[step.name] = await step.run(context);
  }

  const targets = contractTargets(figures as unknown as ContractFigures);
  printTargets(
    say,
    `Targets of issue 16${options.releases < 1_000_000 ? ` (set for 1,000,000 releases; this run has ${options.releases.toLocaleString('en-GB')})` : ''}`,
    targets,
  );
  const loadAtEnd = loadAverage();
  say(`\nLoad average at end: ${loadAtEnd.join(', ')} (1, 5, 15 min)`);
  const run = {
    options,
    from: startedAt.toISOString(),
    to: new Date().toISOString(),
    machine: { ...machine, loadAverage: { start: loadAtStart, end: loadAtEnd } },
    postgres: services.postgres,
    meilisearch: services.meilisearch,
  };
  const file = await writeResults(
    { run, ...figures, targets },
    path.join(path.dirname(RESULTS_FILE), 'contracts-latest.json'),
  );
  say(`Figures written to ${file}`);
}

runBenchProcess({ main, cleanup, phase: () => phase, usage: CONTRACT_BENCH_USAGE });
