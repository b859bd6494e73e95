/**
 * An experiment, not part of `npm run bench:fan-out`: how fast the API's
 * Mailer hands digests to the local SMTP catcher with a new SMTP connection
 * per mail against a pool of connections, two or eight at a time (the job
 * worker's concurrency).
 *
 *   node infra/bin/run.cjs bench/experiments/smtp-connections.ts [--mails 300]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { freePort, startMailCatcher } from '@lgx/infra';
import { createTransport } from 'nodemailer';

import { loadAverage } from '../src/report/machine';

const TEXT = 'Hello,\n\nNew from what you follow:\n\n'.padEnd(2_000, 'x');

async function run(mails: number, atOnce: number, pool: boolean, url: string): Promise<number> {
  const transport = createTransport({
    url,
    ...(pool ? { pool: true, maxConnections: atOnce } : {}),
  });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: atOnce }, async () => {
      while (next++ < mails)
        await transport.sendMail({
          from: 'LGX <no-reply@lgx.localhost>',
          to: `reader-${next}@example.org`,
          subject: 'Your daily LGX digest: 1 new',
          text: TEXT,
        });
    }),
  );
  transport.close();
  return mails / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const mails = Number(process.argv[process.argv.indexOf('--mails') + 1]) || 300;
  const dir = mkdtempSync(path.join(tmpdir(), 'lgx-smtp-experiment-'));
  const catcher = await startMailCatcher({ dir, port: await freePort() });
  try {
    for (const atOnce of [2, 8])
      for (const pool of [false, true]) {
        const rate = await run(mails, atOnce, pool, catcher.url);
        console.log(
          `${atOnce} at a time, ${pool ? 'pooled connections   ' : 'a connection per mail'}: ${rate.toFixed(1)} mails/s (load ${loadAverage().join(', ')})`,
        );
      }
  } finally {
    await catcher.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
