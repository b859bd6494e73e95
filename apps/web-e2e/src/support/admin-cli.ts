import { execFile } from 'node:child_process';
import path from 'node:path';

import { seeded } from './steps';

const root = path.join(__dirname, '..', '..', '..', '..');

/** Runs the API's admin CLI against the journeys' platform, as an operator would; returns what it printed. */
export function runAdminCli(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['infra/bin/run.cjs', 'apps/api/src/cli/admin.ts', ...args],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: seeded('LGX_E2E_DATABASE_URL') },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`admin ${args.join(' ')} failed: ${stderr || stdout}`));
        else resolve(stdout.trim());
      },
    );
  });
}
