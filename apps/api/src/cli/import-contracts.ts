/**
 * `npm run import:contracts -- FILE [FILE...]`: loads OCDS 1.1 release packages,
 * record packages and JSON Lines files of releases into DATABASE_URL or the
 * embedded database, streaming, and prints what it did. Importing the same
 * file again changes nothing.
 */
import 'reflect-metadata';

import { buildDataSourceOptions, runPendingMigrations } from '@lgx/api/core/database';
import {
  contractCommandEvents,
  type ContractImportReport,
  ContractImportService,
  ContractingProcessService,
  ContractSupplierLinkService,
  type RefusedRelease,
} from '@lgx/api/feature-contracts';
import { SupplierDirectoryLinkService } from '@lgx/api/feature-suppliers';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { withDatabase } from './with-database';

function describeRefusal(refusal: RefusedRelease): string {
  const reasons = refusal.problems.map((problem) => `${problem.path} ${problem.reason}`);
  return `  refused release ${refusal.number} (${refusal.position}): ${reasons.join('; ')}`;
}

function describeReport(report: ContractImportReport): string[] {
  const by = report.buyersMatchedBy;
  return [
    `${report.file}: ${report.releasesRead} release(s) read, ${report.releasesSeen} already imported, ${report.refusedCount} refused.`,
    `  processes: ${report.processesCreated} created, ${report.processesUpdated} updated.`,
    `  buyers of those processes: ${report.buyersMatched} matched to a council (${by.identifier} by identifier, ${by.name} by name, ${by.decision} by an admin's decision), ${report.buyersUnmatched} unmatched (listed for a platform admin), ${report.buyersNotACouncil} not a council.`,
    ...(report.fileError
      ? [`  stopped early: the file ${report.fileError} (what came before is loaded).`]
      : []),
  ];
}

async function main(): Promise<number> {
  const files = process.argv.slice(2).filter((arg) => arg !== '--');
  if (files.length === 0) {
    console.error('Usage: npm run import:contracts -- FILE [FILE...]');
    return 2;
  }
  Logger.overrideLogger(['error']);
  return withDatabase(async (url) => {
    const dataSource = new DataSource({
      ...buildDataSourceOptions({
        url,
        entities: ENTITIES,
        migrations: MIGRATIONS,
      }),
      // A release PostgreSQL refuses is reported as a refusal: its query is not for the console.
      logging: ['warn', 'migration'],
    });
    await dataSource.initialize();
    await runPendingMigrations(dataSource);
    try {
      const [{ councils }] = await dataSource.query(
        'SELECT count(*)::int AS councils FROM council',
      );
      if (councils === 0)
        console.log(
          'The council register is empty (npm run import:councils): no buyer can be matched.',
        );
      const importer = new ContractImportService(
        dataSource,
        new ContractingProcessService(
          dataSource,
          await contractCommandEvents(dataSource, (line) => console.log(line)),
        ),
      );
      const links = new ContractSupplierLinkService(
        dataSource,
        new SupplierDirectoryLinkService(dataSource),
      );
      let failed = 0;
      for (const file of files) {
        const report = await importer.importFile(file, {
          onRefused: (refusal) => console.log(describeRefusal(refusal)),
        });
        for (const line of describeReport(report)) console.log(line);
        const linked = await links.linkSuppliers();
        console.log(`  suppliers: ${linked} linked to the supplier directory.`);
        if (report.fileError) failed++;
      }
      return failed > 0 ? 1 : 0;
    } finally {
      await dataSource.destroy();
    }
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Import failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
