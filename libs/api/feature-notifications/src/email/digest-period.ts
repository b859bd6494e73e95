import type { DigestFrequency } from '../follow/follow.rules';

/** The hour (UTC) digests are sent: daily at 07:00, weekly on Mondays at 07:00. */
export const DIGEST_HOUR_UTC = 7;

/** When each digest's planning job runs (UTC crontab). */
export const DIGEST_CRON: Record<DigestFrequency, string> = {
  DAILY: `0 ${DIGEST_HOUR_UTC} * * *`,
  WEEKLY: `0 ${DIGEST_HOUR_UTC} * * 1`,
};

/** The notifications one digest carries: created in [from, to). */
export interface DigestPeriod {
  frequency: DigestFrequency;
  from: Date;
  to: Date;
  /** Names the period in the exactly-once key, e.g. `DAILY:2026-12-02`. */
  key: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The period of the digest due at `at`: it ends at the latest send time at or
 * before `at` (07:00 UTC; on a Monday for weekly) and lasts one day or one
 * week. A tick run late, twice, or by hand names the same period.
 */
export function digestPeriod(frequency: DigestFrequency, at: Date): DigestPeriod {
  const to = new Date(
    Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), DIGEST_HOUR_UTC),
  );
  if (to.getTime() > at.getTime()) to.setTime(to.getTime() - DAY_MS);
  if (frequency === 'WEEKLY') {
    const sinceMonday = (to.getUTCDay() + 6) % 7;
    to.setTime(to.getTime() - sinceMonday * DAY_MS);
  }
  const from = new Date(to.getTime() - (frequency === 'WEEKLY' ? 7 : 1) * DAY_MS);
  return { frequency, from, to, key: `${frequency}:${to.toISOString().slice(0, 10)}` };
}
