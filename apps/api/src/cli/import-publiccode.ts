/**
 * Checks publiccode.yml files against the standard, as the import does:
 *
 *   npm run import:publiccode -- FILE [FILE...]
 *
 * Prints the verdict with every problem (key path and why) and exits 1 when any file is invalid.
 */
import { readFileSync } from 'node:fs';

import { formatVerdict, parsePubliccode } from '@lgx/api/feature-components';

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length === 0) {
  console.error('Usage: npm run import:publiccode -- FILE [FILE...]');
  process.exit(2);
}
let invalid = 0;
for (const file of files) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    invalid++;
    continue;
  }
  const verdict = parsePubliccode(bytes);
  console.log(formatVerdict(file, verdict));
  if (!verdict.valid) invalid++;
}
process.exit(invalid > 0 ? 1 : 0);
