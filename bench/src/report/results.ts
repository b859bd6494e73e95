import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { format, resolveConfig } from 'prettier';

/** Where the figures of the last run go (git-ignored). */
export const RESULTS_FILE = path.join(__dirname, '..', '..', 'results', 'latest.json');

/**
 * Writes the figures as JSON, formatted as the repository formats JSON:
 * `npm run format:check` reads ignored files too, and must still pass.
 */
export async function writeResults(results: object, file = RESULTS_FILE): Promise<string> {
  mkdirSync(path.dirname(file), { recursive: true });
  const json = JSON.stringify(results, null, 2);
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(json, { ...options, filepath: file }));
  return path.relative(process.cwd(), file);
}
