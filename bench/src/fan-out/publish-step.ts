import { setTimeout as delay } from 'node:timers/promises';

import type pg from 'pg';

import { keepAlive, timedGraphql } from '../contracts/graphql-timing';
import { PUBLISHING_COUNCIL } from './seed-readers';

const PUBLISH = `mutation Publish($id: ID!) { publishCaseStudy(id: $id) { id status } }`;
const POLL_MS = 25;
/** A fan-out making no progress for this long is a broken run, not a slow one. */
const STALLED_MS = 120_000;

export interface FanOutFigures {
  /** The publish mutation, request to answer: its transaction commits the event's job. */
  enqueueMs: number;
  /** Publish answered to the event's job finished: every notification written. */
  fanOutMs: number;
  /** Runs of the event's job: more than one when it waited for the search index (and backed off). */
  attempts: number;
  /** The last run alone, from when it was seen to start (±25 ms) to done: the fan-out's own work. */
  lastRunMs: number;
  notifications: number;
  /** Addressed notifications, emailed at once: none for a published case study. */
  addressed: number;
}

/** A Derby draft, written as the case study feature stores one (the editor then publishes it). */
export async function draftCaseStudy(db: pg.Pool): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO case_study (title, summary, challenge, what_was_done, impact, lead_council_code,
                             service_areas, stage, status)
     VALUES ('A chatbot for housing repairs',
             'Tenants report repairs to a chatbot at any hour; it books an operative and follows the job up.',
             'Repair calls swamped the contact centre on Monday mornings.',
             'We trained a chatbot on our repairs catalogue and linked it to the scheduling system.',
             'Fewer calls, and most repairs booked without waiting on the phone.',
             $1, '{HOUSING}', 'LIVE', 'DRAFT')
     RETURNING id`,
    [PUBLISHING_COUNCIL],
  );
  return rows[0]!.id;
}

async function eventJobs(db: pg.Pool): Promise<{ attempts: number; lastError: string | null }[]> {
  const { rows } = await db.query<{ attempts: number; lastError: string | null }>(
    `SELECT attempts, last_error AS "lastError" FROM graphile_worker.jobs
      WHERE task_identifier = 'lgx-event'`,
  );
  return rows;
}

async function notificationsOf(db: pg.Pool, caseStudyId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM notification WHERE subject_id = $1`,
    [caseStudyId],
  );
  return rows[0]!.n;
}

/**
 * Publishes the draft through GraphQL as a Derby editor and times it; then
 * waits, polling every 25 ms, until the worker has run the event's job to the
 * end (graphile-worker deletes a job that succeeded). Throws when the event
 * recorded no job, or the fan-out stalls.
 */
export async function publishAndFanOut(
  db: pg.Pool,
  apiUrl: string,
  editorCookie: string,
  caseStudyId: string,
): Promise<FanOutFigures> {
  const agent = keepAlive();
  const { ms: enqueueMs } = await timedGraphql(
    apiUrl,
    JSON.stringify({ query: PUBLISH, variables: { id: caseStudyId } }),
    { cookie: editorCookie },
    agent,
  );
  agent.destroy();
  const answered = performance.now();
  let attempts = 0;
  let lastRunStarted = answered;
  let lastProgress = answered;
  let told = -1;
  for (;;) {
    const jobs = await eventJobs(db);
    if (jobs.length === 0) break;
    const seen = Math.max(...jobs.map((job) => job.attempts));
    if (seen > attempts) [attempts, lastRunStarted] = [seen, performance.now()];
    const now = await notificationsOf(db, caseStudyId);
    if (now !== told) [told, lastProgress] = [now, performance.now()];
    if (performance.now() - lastProgress > STALLED_MS)
      throw new Error(
        `the fan-out made no progress for ${STALLED_MS / 1000} s (last error: ${jobs[0]?.lastError ?? 'none'})`,
      );
    await delay(POLL_MS);
  }
  const fanOutMs = performance.now() - answered;
  const lastRunMs = performance.now() - lastRunStarted;
  const notifications = await notificationsOf(db, caseStudyId);
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM notification WHERE subject_id = $1 AND kind = 'ADDRESSED'`,
    [caseStudyId],
  );
  return {
    enqueueMs,
    fanOutMs,
    attempts,
    lastRunMs,
    notifications,
    addressed: rows[0]!.n,
  };
}
