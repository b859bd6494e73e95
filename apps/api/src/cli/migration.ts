/**
 * Migrations: `generate <name>` writes a new timestamped migration from the
 * difference between the entities and the database; `run` applies pending
 * ones; `revert` undoes the last one.
 */
import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import path from 'node:path';

import {
  buildDataSourceOptions,
  generateMigrationSource,
  runPendingMigrations,
} from '@lgx/api/core/database';
import { DataSource } from 'typeorm';

import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { withDatabase } from './with-database';

const [command, name] = process.argv.slice(2);

async function main(): Promise<void> {
  if (!['generate', 'run', 'revert'].includes(command ?? '')) {
    console.error('Usage: migration generate <kebab-name> | run | revert');
    process.exit(2);
  }
  if (command === 'generate' && !/^[a-z][a-z0-9-]*$/.test(name ?? '')) {
    console.error(
      'Give the migration a kebab-case name, e.g. `npm run migration:generate -- add-case-studies`.',
    );
    process.exit(2);
  }
  await withDatabase(async (url) => {
    const dataSource = new DataSource(
      buildDataSourceOptions({
        url,
        entities: ENTITIES,
        migrations: MIGRATIONS,
        applicationName: 'lgx-migrations',
      }),
    );
    await dataSource.initialize();
    try {
      if (command === 'run') {
        const applied = await runPendingMigrations(dataSource);
        console.log(
          applied.length
            ? `Applied ${applied.map((m) => m.name).join(', ')}`
            : 'No pending migrations.',
        );
      } else if (command === 'revert') {
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
      } else {
        await runPendingMigrations(dataSource);
        const timestamp = Date.now();
        const source = await generateMigrationSource(dataSource, name!, timestamp);
        if (!source) {
          console.log('The database already matches the entities: no migration needed.');
          return;
        }
        const file = path.join(__dirname, '..', 'migrations', `${timestamp}-${name}.ts`);
        writeFileSync(file, source);
        console.log(`Wrote ${path.relative(process.cwd(), file)}. Read it before you commit it.`);
      }
    } finally {
      await dataSource.destroy();
    }
  });
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${(error as Error).message}`);
  process.exit(1);
});
