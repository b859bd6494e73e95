import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createTestDatabase, type TestDatabase } from '@lgx/api/testing';

const root = path.join(__dirname, '..', '..', '..', '..');
const sample = path.join(root, 'libs/api/feature-contracts/src/data/release-package.json');

describe('npm run import:contracts', () => {
  let database: TestDatabase;
  let dataDir: string;

  /** Runs the command as its npm script does, on this test's database. */
  const run = (...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        ['infra/bin/run.cjs', 'apps/api/src/cli/import-contracts.ts', '--', ...files],
        {
          cwd: root,
          timeout: 120_000,
          env: { ...process.env, DATABASE_URL: database.url, LGX_DATA_DIR: dataDir },
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(path.join(tmpdir(), 'lgx-contracts-cli-'));
  });
  afterAll(async () => {
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints what it did, each refusal with its position and reason, and nothing new the second time', async () => {
    const first = await run(sample);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'refused release 60 (/releases/59): /tender/documents/1/url must match format "uri"',
    );
    expect(first.stdout).toMatch(/104 release\(s\) read, 0 already imported, 1 refused\./);
    expect(first.stdout).toMatch(/processes: 98 created, 0 updated\./);
    // The test database has no council register: the command says why nothing matches.
    expect(first.stdout).toContain('The council register is empty');
    const buyers = first.stdout.match(
      /buyers of those processes: 0 matched to a council \(0 by identifier, 0 by name, 0 by an admin's decision\), (\d+) unmatched \(listed for a platform admin\), (\d+) not a council\./,
    );
    // Every process's buyer is either left for an admin or surely not a council (a parish, an NHS trust...).
    expect(Number(buyers?.[1]) + Number(buyers?.[2])).toBe(98);
    expect(Number(buyers?.[2])).toBeGreaterThan(0);

    const second = await run(sample);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/104 release\(s\) read, 103 already imported, 1 refused\./);
    expect(second.stdout).toMatch(/processes: 0 created, 0 updated\./);
  }, 240_000);

  it('names a file it cannot read, exits 1, and still loads the others', async () => {
    const result = await run(path.join(dataDir, 'missing.json'), sample);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/missing\.json: 0 release\(s\) read/);
    expect(result.stdout).toContain('the file cannot be read (ENOENT)');
    expect(result.stdout).toMatch(/release-package\.json: 104 release\(s\) read/);
  }, 240_000);

  it('explains its usage when given no file', async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run import:contracts -- FILE [FILE...]');
  });
});
