import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';

import type pg from 'pg';

import { watchCpu } from '../report/cpu';
import type { BenchApi } from '../services/bench-api';
import type { BenchServices } from '../services/bench-services';
import type { ContractBenchOptions } from './contract-bench-options';
import type { ImportChildFigures } from './import-child';
import { indexContracts } from './index-step';
import { postgresCpuSeconds } from './postgres-cpu';
import { radarQuery } from './radar-step';
import { writeReleasesFile } from './release-stream';
import { contractSearch } from './search-step';

/** What every step of the contracts benchmark can use. */
export interface ContractBenchContext {
  options: ContractBenchOptions;
  services: BenchServices;
  /** The real API, in the bench's process, with the council register imported. */
  api: BenchApi;
  /** A small pool on the bench's database, for the steps' own reads and writes. */
  db: pg.Pool;
  /** Holds the API's search indexer from before the import until the index step lets it go. */
  indexerPause: { release: () => Promise<void> };
  /** A folder removed when the bench ends. */
  tempDir: string;
  /** The synthetic releases, once the generate step has written them. */
  releasesFile?: string;
  say: (line?: string) => void;
}

/**
 * One measured step: it runs in order after the ones before it and answers
 * its figures, which are printed and stored under its name. A new measure is
 * one more entry in CONTRACT_BENCH_STEPS (each in a file of its own).
 */
export interface ContractBenchStep {
  name: string;
  title: string;
  run(context: ContractBenchContext): Promise<Record<string, unknown>>;
}

const generate: ContractBenchStep = {
  name: 'generate',
  title: 'Synthetic releases, written as JSON Lines',
  async run(context) {
    const file = path.join(context.tempDir, 'releases.jsonl');
    const started = performance.now();
    const bytes = await writeReleasesFile(file, context.options.releases, context.options.seed);
    context.releasesFile = file;
    const seconds = (performance.now() - started) / 1000;
    context.say(
      `  ${context.options.releases.toLocaleString('en-GB')} releases, ${(bytes / 2 ** 20).toFixed(0)} MiB, in ${seconds.toFixed(1)} s`,
    );
    return { releases: context.options.releases, bytes: (await stat(file)).size, seconds };
  },
};

/** Runs the import in a process of its own, as the CLI does, and reads its figures. */
function importInChild(context: ContractBenchContext): Promise<ImportChildFigures> {
  const child = spawn(
    process.execPath,
    ['infra/bin/run.cjs', 'bench/src/contracts/import-child.ts', context.releasesFile!],
    {
      cwd: path.join(__dirname, '..', '..', '..'),
      env: { ...process.env, DATABASE_URL: context.services.databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const last = output.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as ImportChildFigures);
      else reject(new Error(`the import process stopped with exit code ${code}`));
    });
  });
}

const importReleases: ContractBenchStep = {
  name: 'import',
  title: 'Import: ContractImportService into PostgreSQL, in a process of its own',
  async run(context) {
    const postgresDir = path.join(context.tempDir, 'postgres');
    const postgresBefore = postgresCpuSeconds(postgresDir);
    const machine = watchCpu(undefined);
    const started = performance.now();
    const figures = await importInChild(context);
    const wallSeconds = (performance.now() - started) / 1000;
    const { machineBusy } = machine();
    const postgresAfter = postgresCpuSeconds(postgresDir);
    const postgresCpu =
      postgresBefore === undefined || postgresAfter === undefined
        ? null
        : postgresAfter - postgresBefore;
    const perSecond = figures.releasesRead / figures.seconds;
    const micros = (seconds: number) => Math.round((seconds / figures.releasesRead) * 1e6);
    const by = figures.buyersMatchedBy;
    context.say(
      `  ${figures.releasesRead.toLocaleString('en-GB')} releases in ${figures.seconds.toFixed(1)} s: ${Math.round(perSecond).toLocaleString('en-GB')} releases/s (process wall time with start-up ${wallSeconds.toFixed(1)} s)`,
    );
    context.say(
      `  CPU per release: ${micros(figures.cpuSeconds)} µs in the import process${postgresCpu === null ? '' : `, ${micros(postgresCpu)} µs in PostgreSQL`}; the machine was ${Math.round((machineBusy ?? 0) * 100)}% busy (it is shared)`,
    );
    context.say(
      `  peak RSS ${figures.peakRssMiB} MiB (${figures.rssBeforeMiB} MiB before the import began)`,
    );
    context.say(
      `  ${figures.processesCreated.toLocaleString('en-GB')} processes; buyers ${by.identifier} by identifier, ${by.name} by name, ${by.decision} by decision, ${figures.buyersUnmatched} unmatched, ${figures.buyersNotACouncil} not a council; ${figures.refusedCount} refused`,
    );
    if (figures.fileError) throw new Error(`the import stopped early: ${figures.fileError}`);
    return {
      ...figures,
      releasesPerSecond: perSecond,
      wallSeconds,
      postgresCpuSeconds: postgresCpu,
      machineBusy,
    };
  },
};

/** The steps, in order. */
export const CONTRACT_BENCH_STEPS: ContractBenchStep[] = [
  generate,
  importReleases,
  indexContracts,
  radarQuery,
  contractSearch,
];
