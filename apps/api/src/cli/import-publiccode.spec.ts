import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..', '..', '..', '..');
const fixture = path.join(
  root,
  'libs/api/feature-components/src/publiccode/fixtures/bops.publiccode.yml',
);

/** Runs `npm run import:publiccode -- ...files` as its script does. */
function run(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['infra/bin/run.cjs', 'apps/api/src/cli/import-publiccode.ts', '--', ...files],
      { cwd: root, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run import:publiccode', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lgx-publiccode-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the verdict and exits 0 for a valid file, 1 for an invalid one', async () => {
    const valid = await run(fixture);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/valid publiccode\.yml \(version 0\.4\)/);

    const broken = path.join(dir, 'broken.yml');
    writeFileSync(broken, readFileSync(fixture, 'utf8').replace('license: MIT', 'license: MITT'));
    const invalid = await run(broken);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/INVALID publiccode\.yml, 1 error/);
    expect(invalid.stdout).toMatch(/error {4}line \d+, legal\.license: "MITT" is not an SPDX/);
  }, 60_000);

  it('says how to use it without a file, and reports a file it cannot read', async () => {
    expect((await run()).code).toBe(2);
    const missing = await run(path.join(dir, 'missing.yml'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot be read \(ENOENT\)/);
  }, 60_000);
});
