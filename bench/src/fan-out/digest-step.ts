import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { JobQueue } from '@lgx/api/core/jobs';
import {
  DIGEST_ONCE,
  DIGEST_PLAN_JOB,
  type DigestFrequency,
  digestPeriod,
  DigestService,
} from '@lgx/api/feature-notifications';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type pg from 'pg';

import { type Counting, StatementCounter } from './statement-counter';

const POLL_MS = 100;
/** Sending making no progress for this long is a broken run, not a slow one. */
const STALLED_MS = 120_000;

export interface DigestFigures {
  /** Digest emails the SMTP catcher received. */
  mails: number;
  byFrequency: Record<DigestFrequency, number>;
  /** Planning jobs added to every mail caught. */
  seconds: number;
  mailsPerSecond: number;
  /** SQL statements of one reader's send, the queue's own fetch and completion aside: most and mean. */
  statementsPerSend: { most: number; mean: number };
  /** Notifications marked emailed, and exactly-once claims confirmed (one per reader told, mailed or not). */
  emailedNotifications: number;
  confirmedOnce: number;
}

/** The first send time (07:00 UTC; a Monday's for weekly) after `now`: its period holds `now`. */
export function nextTick(frequency: DigestFrequency, now: Date): Date {
  let at = new Date(now);
  while (digestPeriod(frequency, at).to.getTime() <= now.getTime())
    at = new Date(at.getTime() + 60 * 60 * 1000);
  return digestPeriod(frequency, at).to;
}

/** The .eml files the catcher has written. */
async function caughtFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.eml'));
  } catch {
    return [];
  }
}

/** How many .eml files the catcher has written. */
export async function caughtMails(dir: string): Promise<number> {
  return (await caughtFiles(dir)).length;
}

/** The caught digests by frequency, read from each mail's subject. */
async function caughtDigests(dir: string): Promise<Record<DigestFrequency, number>> {
  const counts = { DAILY: 0, WEEKLY: 0 };
  for (const name of await caughtFiles(dir)) {
    const subject = /^Subject: Your (daily|weekly) LGX digest/im.exec(
      await readFile(path.join(dir, name), 'utf8'),
    );
    if (subject?.[1] === 'daily') counts.DAILY += 1;
    else if (subject?.[1] === 'weekly') counts.WEEKLY += 1;
  }
  return counts;
}

/**
 * Runs the next daily and weekly digests as the scheduler would: one planning
 * job each, added with the payload graphile-worker's crontab gives a tick
 * (`_cron.ts`, the tick's time), for the API's worker to run; each plans one
 * send job per reader. Waits until `expected` mails are caught (or sending
 * stalls) and then until the queue holds no digest job.
 */
export async function sendDigests(
  app: NestExpressApplication,
  db: pg.Pool,
  mailDir: string,
  expected: number,
): Promise<DigestFigures> {
  const before = await caughtMails(mailDir);
  const perSend = countEachSend(app);
  const started = performance.now();
  const queue = app.get(JobQueue);
  for (const frequency of ['DAILY', 'WEEKLY'] as const)
    await queue.add(DIGEST_PLAN_JOB[frequency], {
      _cron: { ts: nextTick(frequency, new Date()).toISOString(), backfilled: false },
    });
  let caught = before;
  let lastProgress = performance.now();
  while (caught - before < expected) {
    await delay(POLL_MS);
    const now = await caughtMails(mailDir);
    if (now !== caught) [caught, lastProgress] = [now, performance.now()];
    if (performance.now() - lastProgress > STALLED_MS)
      throw new Error(
        `digests stalled at ${caught - before} of ${expected} mails for ${STALLED_MS / 1000} s`,
      );
  }
  const seconds = (performance.now() - started) / 1000;
  await digestJobsDone(db);
  const statementsPerSend = perSend.stop();
  const mails = (await caughtMails(mailDir)) - before;
  return {
    mails,
    seconds,
    mailsPerSecond: mails / seconds,
    byFrequency: await caughtDigests(mailDir),
    statementsPerSend,
    ...(await sentRecords(db)),
  };
}

/**
 * Counts the statements of each call of DigestService.send (what the send
 * job's handler calls, looked up on the service when the job runs).
 */
function countEachSend(app: NestExpressApplication) {
  const service = app.get(DigestService);
  const send = service.send;
  const counter = new StatementCounter();
  const sends: Counting[] = [];
  service.send = (job) => {
    const counting: Counting = { statements: [] };
    sends.push(counting);
    return counter.within(counting, () => send.call(service, job));
  };
  return {
    stop: () => {
      service.send = send;
      counter.stop();
      const counts = sends.map((one) => one.statements.length);
      return {
        most: Math.max(0, ...counts),
        mean: counts.reduce((sum, n) => sum + n, 0) / Math.max(1, counts.length),
      };
    },
  };
}

/** Waits for the queue to hold no planning or send job (a stray extra send would show then). */
async function digestJobsDone(db: pg.Pool): Promise<void> {
  for (let waited = 0; waited < STALLED_MS; waited += POLL_MS) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM graphile_worker.jobs
        WHERE task_identifier LIKE 'notifications.digest-%'`,
    );
    if (rows[0]!.n === 0) return;
    await delay(POLL_MS);
  }
  throw new Error('digest jobs still in the queue 120 s after the last mail');
}

async function sentRecords(
  db: pg.Pool,
): Promise<Pick<DigestFigures, 'emailedNotifications' | 'confirmedOnce'>> {
  const {
    rows: [row],
  } = await db.query<{ emailed: number; confirmed: number }>(
    `SELECT (SELECT count(*)::int FROM notification
              WHERE emailed_at IS NOT NULL AND event_key NOT LIKE 'bench-older-%') AS emailed,
            (SELECT count(*)::int FROM job_run_once
              WHERE name = $1 AND completed_at IS NOT NULL) AS confirmed`,
    [DIGEST_ONCE],
  );
  return { emailedNotifications: row!.emailed, confirmedOnce: row!.confirmed };
}
