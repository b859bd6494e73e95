/**
 * `npm run bench:contracts [-- --releases 20000]`: the public contracts
 * benchmark of issue 16. Starts its own PostgreSQL and Meilisearch (or uses
 * DATABASE_URL / MEILI_URL on this machine), boots the real API in this
 * process (which imports the council register), then runs the steps of
 * src/contracts/contract-bench-steps.ts in order: generate synthetic OCDS
 * releases as JSON Lines, import them with ContractImportService in a
 * process of its own. Prints the figures against issue 16's targets and
 * writes them to bench/results/contracts-latest.json.
 */
import './src/production-env';
import 'reflect-metadata';

import { setMaxListeners } from 'node:events';
import path from 'node:path';

import {
  CONTRACT_BENCH_USAGE,
  parseContractBenchOptions,
} from './src/contracts/contract-bench-options';
import {
  CONTRACT_BENCH_STEPS,
  type ContractBenchContext,
} from './src/contracts/contract-bench-steps';
import { loadAverage, machineInfo } from './src/report/machine';
import { RESULTS_FILE, writeResults } from './src/report/results';
import { printTargets, type TargetCheck } from './src/report/targets';
import { migrate, startBenchApi } from './src/services/bench-api';
import { runBenchProcess } from './src/services/bench-process';
import { startBenchServices } from './src/services/bench-services';
import { Cleanup } from './src/services/cleanup';

const RELEASES_PER_SECOND_TARGET = 1_000;
const PEAK_RSS_TARGET_MIB = 1_024;

// meilisearch-js adds an abort listener per poll of a task (see run.ts): not a leak here.
setMaxListeners(0);
interface ImportFigures {
  releasesPerSecond: number;
  peakRssMiB: number;
}

/** Issue 16's targets for the import, checked against this run's figures. */
function contractTargets(imported: ImportFigures): TargetCheck[] {
  return [
    {
      target: `at least ${RELEASES_PER_SECOND_TARGET.toLocaleString('en-GB')} releases/s into PostgreSQL`,
      measured: `${Math.round(imported.releasesPerSecond).toLocaleString('en-GB')} releases/s`,
      pass: imported.releasesPerSecond >= RELEASES_PER_SECOND_TARGET,
    },
    {
      target: 'peak memory of the import under 1 GB',
      measured: `${imported.peakRssMiB} MiB`,
      pass: imported.peakRssMiB < PEAK_RSS_TARGET_MIB,
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

  const context: ContractBenchContext = {
    options,
    services,
    api,
    tempDir: path.dirname(services.storageDir),
    say,
  };
  const figures: Record<string, Record<string, unknown>> = {};
  for (const [at, step] of CONTRACT_BENCH_STEPS.entries()) {
    phase = step.title.toLowerCase();
    say(`\n[${at + 1}/${CONTRACT_BENCH_STEPS.length}] ${step.title}`);
    figures[step.name] = await step.run(context);
  }

  const targets = contractTargets(figures['import'] as unknown as ImportFigures);
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
