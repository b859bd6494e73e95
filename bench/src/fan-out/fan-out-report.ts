import { count, decimal, ms } from '../report/format';
import { loadAverage } from '../report/machine';
import type { TargetCheck } from '../report/targets';
import type { DigestFigures } from './digest-step';
import type { FanOutFigures } from './publish-step';
import type { PageQueries } from './query-count';
import type { Expected } from './seed-readers';

/** The figures of one run, and the load average when each was taken (the machine is shared). */
export interface FanOutRun {
  seed: { readers: number; seconds: number; load: number[] };
  fanOut: FanOutFigures & { load: number[] };
  digests: DigestFigures & { load: number[] };
  pages: PageQueries[];
  pagesLoad: number[];
}

export const withLoad = <T extends object>(figures: T) => ({ ...figures, load: loadAverage() });

/**
 * Whether the run did what it should, count by count: these fail the run.
 * (Timings never do: the machine is shared and they are reported, not judged.)
 */
export function checkCounts(run: FanOutRun, expected: Expected): TargetCheck[] {
  const mails = expected.mails.DAILY + expected.mails.WEEKLY;
  const [smallest] = run.pages;
  return [
    {
      target: 'every follower and finding saved search told once',
      measured: `${count(run.fanOut.notifications)} notifications (expected ${count(expected.notifications)})`,
      pass: run.fanOut.notifications === expected.notifications,
    },
    {
      target: 'nothing addressed (no immediate emails)',
      measured: `${count(run.fanOut.addressed)} addressed`,
      pass: run.fanOut.addressed === 0,
    },
    {
      target: 'one digest per told reader with digests on',
      measured: `${count(run.digests.mails)} mails caught (expected ${count(mails)})`,
      pass: run.digests.mails === mails,
    },
    {
      target: 'daily and weekly digests as each follow chose',
      measured: `${count(run.digests.byFrequency.DAILY)} daily, ${count(run.digests.byFrequency.WEEKLY)} weekly (expected ${count(expected.mails.DAILY)}, ${count(expected.mails.WEEKLY)})`,
      pass:
        run.digests.byFrequency.DAILY === expected.mails.DAILY &&
        run.digests.byFrequency.WEEKLY === expected.mails.WEEKLY,
    },
    {
      target: 'each mailed notification marked emailed',
      measured: `${count(run.digests.emailedNotifications)} marked`,
      pass: run.digests.emailedNotifications === mails,
    },
    {
      target: 'one exactly-once digest record per reader told',
      measured: `${count(run.digests.confirmedOnce)} confirmed`,
      pass: run.digests.confirmedOnce === expected.notifications,
    },
    {
      target: 'full pages of notifications',
      measured: run.pages.map((page) => `${page.rows} of ${page.first}`).join(', '),
      pass: run.pages.every((page) => page.rows === page.first),
    },
    {
      target: 'SQL queries per page constant in page size',
      measured: run.pages.map((page) => `${page.queries} for ${page.first}`).join(', '),
      pass: run.pages.every(
        (page) =>
          page.queries === smallest?.queries &&
          page.unreadCountQueries === smallest?.unreadCountQueries,
      ),
    },
  ];
}

const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');

/** The table of figures, one line each. */
export function figureLines(run: FanOutRun, expected: Expected): string[] {
  const { fanOut, digests, seed } = run;
  const rows: [string, string, number[]][] = [
    [
      'readers seeded (bulk SQL)',
      `${count(seed.readers)} accounts in ${decimal(seed.seconds)} s`,
      seed.load,
    ],
    [
      'time to enqueue (publish mutation)',
      `${ms(fanOut.enqueueMs)} ms, event job committed with it`,
      fanOut.load,
    ],
    [
      'fan-out done (publish answered → job done)',
      `${decimal(fanOut.fanOutMs / 1000)} s, ${fanOut.attempts} run(s) of the job`,
      fanOut.load,
    ],
    ['  of which the last run of the job', `${decimal(fanOut.lastRunMs / 1000)} s`, fanOut.load],
    [
      'notifications written',
      `${count(fanOut.notifications)} (${count(fanOut.notifications / (fanOut.lastRunMs / 1000))}/s in the last run)`,
      fanOut.load,
    ],
    [
      'saved searches run',
      `${count(expected.savedSearches.finding + expected.savedSearches.missing)} (${count(expected.savedSearches.finding)} find it)`,
      fanOut.load,
    ],
    [
      'digests sent (plan → last mail caught)',
      `${count(digests.mails)} mails in ${decimal(digests.seconds)} s`,
      digests.load,
    ],
    ['mails per second', decimal(digests.mailsPerSecond), digests.load],
    [
      'SQL per digest send (queue aside)',
      `${decimal(digests.statementsPerSend.mean)} on average, at most ${digests.statementsPerSend.most}`,
      digests.load,
    ],
    ...run.pages.map((page): [string, string, number[]] => [
      `SQL per notifications page of ${page.first}`,
      `${page.queries} (header's unread count: ${page.unreadCountQueries})`,
      run.pagesLoad,
    ]),
  ];
  return [
    `  ${'figure'.padEnd(44)} ${'measured'.padEnd(44)} load (1, 5, 15 min)`,
    ...rows.map(([name, value, at]) => `  ${name.padEnd(44)} ${value.padEnd(44)} ${load(at)}`),
  ];
}
