/**
 * The import as its own process, as `npm run import:contracts` runs it, so
 * that its peak memory is its own: imports one file into DATABASE_URL and
 * prints one JSON line of figures (bench/contracts.ts starts it).
 */
import 'reflect-metadata';

import { buildDataSourceOptions } from '@lgx/api/core/database';
import {
  CONTRACT_ENTITIES,
  contractCommandEvents,
  ContractImportService,
  ContractingProcessService,
} from '@lgx/api/feature-contracts';
import { DataSource } from 'typeorm';

/** The figures the child prints, on one line, last. */
export interface ImportChildFigures {
  seconds: number;
  /** CPU seconds this process used during the import (user and system). */
  cpuSeconds: number;
  /** Peak resident memory of this process over its whole life, in MiB (getrusage). */
  peakRssMiB: number;
  /** The same, just before the import began: what loading the code and connecting took. */
  rssBeforeMiB: number;
  releasesRead: number;
  releasesSeen: number;
  refusedCount: number;
  processesCreated: number;
  processesUpdated: number;
  buyersMatched: number;
  buyersMatchedBy: { identifier: number; name: number; decision: number };
  buyersUnmatched: number;
  buyersNotACouncil: number;
  fileError: string | null;
}

const mebibytes = (kibibytes: number) => Math.round((kibibytes / 1024) * 10) / 10;

async function main(): Promise<void> {
  const file = process.argv[2];
  const url = process.env['DATABASE_URL'];
  if (!file || !url) throw new Error('Usage: DATABASE_URL=... import-child.ts FILE');
  const dataSource = await new DataSource({
    ...buildDataSourceOptions({
      url,
      entities: CONTRACT_ENTITIES,
      migrations: [],
      applicationName: 'lgx-bench-contracts-import',
    }),
    logging: false,
  }).initialize();
  try {
    const importer = new ContractImportService(
      dataSource,
      // Events for followers on, as the import command records them.
      new ContractingProcessService(dataSource, await contractCommandEvents(dataSource)),
    );
    const rssBeforeMiB = mebibytes(process.resourceUsage().maxRSS);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    let shown = 0;
    const report = await importer.importFile(file, {
      // A line now and then on stderr (the bench passes it through), so a long run shows it is alive.
      onProgress: (written) => {
        if (written - shown < 100_000) return;
        shown = written;
        const seconds = (performance.now() - started) / 1000;
        console.error(
          `  ... ${written.toLocaleString('en-GB')} releases written in ${seconds.toFixed(0)} s`,
        );
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const { file: _file, refused: _refused, ...counts } = report;
    const figures: ImportChildFigures = {
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMiB: mebibytes(process.resourceUsage().maxRSS),
      rssBeforeMiB,
      ...counts,
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`The import failed: ${(error as Error).message}`);
  process.exit(1);
});
