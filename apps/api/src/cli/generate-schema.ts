/** Writes apps/api/schema.gql from the code, or with --check fails when the file is stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { printApiSchema, SCHEMA_FILE } from '../schema';

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const schema = await printApiSchema();
  const file = path.resolve(SCHEMA_FILE);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: stale
  }
  if (current === schema) {
    console.log(`${path.relative(process.cwd(), file)} is up to date.`);
    return;
  }
  if (check) {
    console.error(
      `${path.relative(process.cwd(), file)} is stale: run \`npm run generate\` and commit the result.`,
    );
    process.exit(1);
  }
  writeFileSync(file, schema);
  console.log(`Wrote ${path.relative(process.cwd(), file)}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
