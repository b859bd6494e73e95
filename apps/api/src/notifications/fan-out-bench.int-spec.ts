import { execFile } from 'node:child_process';
import path from 'node:path';

import { TEST_ENV } from '@lgx/api/testing';

const root = path.join(__dirname, '..', '..', '..', '..');

/**
 * The fan-out benchmark of issue 17 (`npm run bench:fan-out`), run small so it
 * cannot rot: on this run's PostgreSQL and Meilisearch (a database and an
 * index prefix of its own, dropped afterwards), it must finish with every
 * count right and print each figure.
 */
describe('npm run bench:fan-out -- --quick', () => {
  it('publishes, fans out, sends every digest and counts the SQL of a notifications page', async () => {
    const { code, stdout, stderr } = await new Promise<{
      code: number;
      stdout: string;
      stderr: string;
    }>((resolve) => {
      execFile(
        process.execPath,
        ['infra/bin/run.cjs', 'bench/fan-out.ts', '--quick'],
        {
          cwd: root,
          timeout: 150_000,
          env: {
            ...process.env,
            DATABASE_URL: process.env[TEST_ENV.adminUrl],
            MEILI_URL: process.env[TEST_ENV.meiliUrl],
            MEILI_MASTER_KEY: process.env[TEST_ENV.meiliKey],
          },
        },
        (error, out, err) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out, stderr: err }),
      );
    });
    // On a failure, what the bench said about it.
    expect({ code, stderr: code === 0 ? '' : stderr.slice(-2000) }).toEqual({
      code: 0,
      stderr: '',
    });
    expect(stdout).toContain('500 followers of Derby, 50 saved searches');
    for (const figure of [
      /time to enqueue \(publish mutation\)\s+\d[\d,.]* ms/,
      /fan-out done \(publish answered → job done\)\s+\d[\d,.]* s/,
      /notifications written\s+550 /,
      /digests sent \(plan → last mail caught\)\s+\d[\d,]* mails in \d[\d,.]* s/,
      /mails per second\s+\d/,
      /SQL per notifications page of 5\s+\d+/,
      /SQL per notifications page of 50\s+\d+/,
    ])
      expect(stdout).toMatch(figure);
    expect(stdout).not.toContain('MISS');
    // The same statements for 5 rows as for 50.
    const perPage = [...stdout.matchAll(/SQL per notifications page of (\d+)\s+(\d+)/g)];
    expect(perPage.map(([, size]) => Number(size))).toEqual([5, 20, 50]);
    expect(new Set(perPage.map(([, , queries]) => queries)).size).toBe(1);
  }, 180_000);
});
