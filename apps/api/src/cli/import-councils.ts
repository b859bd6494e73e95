/**
 * `npm run import:councils [-- FILE] [--force]`: imports the council register
 * (the shipped file by default) into DATABASE_URL or the embedded database.
 */
import 'reflect-metadata';

import { buildDataSourceOptions, runPendingMigrations } from '@lgx/api/core/database';
import { CouncilImportService, describeConsistency } from '@lgx/api/feature-councils';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { withDatabase } from './with-database';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const file = args.find((arg) => !arg.startsWith('--'));
  // This command prints the import's outcome itself; the service's log lines would repeat it.
  Logger.overrideLogger(['error']);
  await withDatabase(async (url) => {
    const dataSource = new DataSource(
      buildDataSourceOptions({
        url,
        entities: ENTITIES,
        migrations: MIGRATIONS,
      }),
    );
    await dataSource.initialize();
    await runPendingMigrations(dataSource);
    try {
      const result = await new CouncilImportService(dataSource).importRegister(file, { force });
      if (result.corrections.length > 0) {
        console.log(
          `Corrected ${result.corrections.length} field(s) the rest of the register proves wrong:`,
        );
        for (const line of describeConsistency({ ...result, inconsistencies: [] }))
          console.log(`  ${line}`);
      }
      if (result.inconsistencies.length > 0) {
        console.log(
          `${result.inconsistencies.length} inconsistency(ies) the register cannot settle (stored as given; check the source):`,
        );
        for (const line of describeConsistency({ ...result, corrections: [] }))
          console.log(`  ${line}`);
      }
      console.log(
        result.skipped
          ? 'The council register is up to date (same file as the last import).'
          : `Council register imported: ${result.inserted} new, ${result.updated} updated, ${result.unchanged} unchanged.`,
      );
    } finally {
      await dataSource.destroy();
    }
  });
}

main().catch((error: unknown) => {
  console.error(`Import failed: ${(error as Error).message}`);
  process.exit(1);
});
