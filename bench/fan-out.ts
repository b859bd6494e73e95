/**
 * `npm run bench:fan-out [-- --followers 10000 --saved-searches 1000 | --quick]`:
 * the fan-out benchmark of issue 17. Starts its own PostgreSQL, Meilisearch
 * and SMTP catcher (the one `npm start` runs; or uses DATABASE_URL /
 * MEILI_URL on this machine), boots the real API in this process with its
 * job worker on and mail going to the catcher, seeds readers following Derby
 * and saved searches in bulk, publishes one Derby case study through GraphQL
 * as a Derby editor, and measures: the publish (which commits the event's
 * job), the fan-out until every notification is written, the next daily and
 * weekly digests planned as the scheduler plans them until every mail is
 * caught, and the SQL statements of a notifications page of 5, 20 and 50.
 * Exits 1 when a count is wrong (never for a timing), and writes the figures
 * to bench/results/fan-out-latest.json.
 */
import './src/production-env';
import 'reflect-metadata';

import { setMaxListeners } from 'node:events';
import path from 'node:path';

import { SearchIndexer } from '@lgx/api/core/search';
import { freePort, startMailCatcher } from '@lgx/infra';
import pg from 'pg';

import { sendDigests } from './src/fan-out/digest-step';
import {
  FAN_OUT_BENCH_USAGE,
  type FanOutBenchOptions,
  parseFanOutBenchOptions,
} from './src/fan-out/fan-out-options';
import { checkCounts, type FanOutRun, figureLines, withLoad } from './src/fan-out/fan-out-report';
import { draftCaseStudy, publishAndFanOut } from './src/fan-out/publish-step';
import { queriesPerPage } from './src/fan-out/query-count';
import {
  expectedOf,
  olderNotifications,
  plannedReaders,
  PUBLISHING_COUNCIL,
  seedReaders,
} from './src/fan-out/seed-readers';
import { count } from './src/report/format';
import { loadAverage, machineInfo } from './src/report/machine';
import { RESULTS_FILE, writeResults } from './src/report/results';
import { printTargets } from './src/report/targets';
import { migrate, startBenchApi } from './src/services/bench-api';
import { runBenchProcess } from './src/services/bench-process';
import { startBenchServices } from './src/services/bench-services';
import { Cleanup } from './src/services/cleanup';
import { officerSession, sessionOf } from './src/services/officer-session';

// meilisearch-js adds an abort listener per poll of a task (see run.ts): not a leak here.
setMaxListeners(0);
/** Officers of the seeded readers belong to this many councils (Derby first). */
const OFFICER_COUNCILS = 40;

const cleanup = new Cleanup();
let phase = 'starting';
const say = (line = '') => process.stdout.write(`${line}\n`);
const step = (name: string, title: string) => {
  phase = name;
  say(`\n${title} (load ${loadAverage().join(', ')})`);
};

/** Services, the SMTP catcher, migrations and the API (worker on, mail to the catcher). */
async function startPlatform() {
  const services = await startBenchServices(cleanup);
  say(`  ${services.postgres}\n  ${services.meilisearch}`);
  const mailDir = path.join(path.dirname(services.storageDir), 'mailbox');
  const catcher = await startMailCatcher({ dir: mailDir, port: await freePort() });
  cleanup.add('SMTP catcher', catcher.stop);
  say(`  SMTP catcher (infra's, as npm start runs it): ${catcher.url}`);
  await migrate(services.databaseUrl);
  const jobsConcurrency = process.env['JOBS_CONCURRENCY']?.trim();
  const api = await startBenchApi(services, cleanup, {
    SMTP_URL: catcher.url,
    JOBS_WORKER: 'on',
    ...(jobsConcurrency ? { JOBS_CONCURRENCY: jobsConcurrency } : {}),
  });
  say(
    `  API: ${api.url} (in this process, job worker on, ${api.config.jobs?.concurrency ?? 2} jobs at a time)`,
  );
  await api.app.get(SearchIndexer).settle();
  const db = new pg.Pool({ connectionString: services.databaseUrl, max: 4 });
  db.on('error', () => undefined);
  cleanup.add('bench pool', () => db.end());
  return { services, api, db, mailDir };
}

/** Seeds the planned readers (bulk SQL) and says what was seeded. */
async function seedStep(db: pg.Pool, options: FanOutBenchOptions) {
  const { rows: councilRows } = await db.query<{ code: string }>(
    `SELECT code FROM council WHERE is_current ORDER BY code <> $1, code LIMIT $2`,
    [PUBLISHING_COUNCIL, OFFICER_COUNCILS],
  );
  const readers = plannedReaders(
    options,
    councilRows.map((row) => row.code),
  );
  const expected = expectedOf(readers);
  const seedStarted = performance.now();
  const accountIds = await seedReaders(db, readers);
  const seed = withLoad({
    readers: readers.length,
    seconds: (performance.now() - seedStarted) / 1000,
  });
  say(
    `  ${count(expected.followers)} follow Derby (${count(expected.topicFollowers)} also the housing topic); ` +
      `${count(expected.savedSearches.finding)} saved searches find the case study, ${count(expected.savedSearches.missing)} do not; ` +
      `${count(expected.officers)} officers, the rest visitor-level; ${count(expected.digestsOff)} turned digests off`,
  );
  return { accountIds, expected, seed };
}

async function main(): Promise<void> {
  const options = parseFanOutBenchOptions(process.argv.slice(2));
  const startedAt = new Date();
  const machine = machineInfo();
  const loadAtStart = loadAverage();
  say(
    `LGX fan-out benchmark: ${count(options.followers)} followers of Derby, ${count(options.savedSearches)} saved searches that find the case study`,
  );
  say(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );
  say(`Load average at start: ${loadAtStart.join(', ')} (1, 5, 15 min)`);

  step('starting the services', '[1/5] Services, SMTP catcher and the API');
  const { api, db, mailDir } = await startPlatform();

  step('seeding readers', '[2/5] Readers, follows and saved searches (bulk SQL)');
  const { accountIds, expected, seed } = await seedStep(db, options);

  step('publishing', '[3/5] Publish one Derby case study (GraphQL, as a Derby editor) and fan out');
  const editor = await officerSession(db, PUBLISHING_COUNCIL, 'EDITOR');
  const caseStudyId = await draftCaseStudy(db);
  await api.app.get(SearchIndexer).settle();
  const fanOut = withLoad(await publishAndFanOut(db, api.url, editor, caseStudyId));
  say(`  ${count(fanOut.notifications)} notifications written`);

  step('sending digests', '[4/5] Daily and weekly digests, planned as the scheduler plans them');
  const digests = withLoad(
    await sendDigests(api.app, db, mailDir, expected.mails.DAILY + expected.mails.WEEKLY),
  );
  say(`  ${count(digests.mails)} mails caught`);

  step('counting queries', '[5/5] SQL statements per notifications page');
  // The second follower is an officer: given older notifications, every page is full.
  const reader = accountIds[1]!;
  await olderNotifications(db, reader);
  const pages = await queriesPerPage(api.app, api.url, await sessionOf(db, reader));
  const pagesLoad = loadAverage();
  for (const page of pages)
    say(`  page of ${page.first}: ${page.statements.map((text) => text.slice(0, 60)).join(' | ')}`);

  const run: FanOutRun = { seed, fanOut, digests, pages, pagesLoad };
  say('\nFigures');
  figureLines(run, expected).forEach((line) => say(line));
  const checks = checkCounts(run, expected);
  printTargets(say, 'Counts (a wrong one fails the run; timings never do)', checks);
  const loadAtEnd = loadAverage();
  say(`\nLoad average at end: ${loadAtEnd.join(', ')} (1, 5, 15 min)`);
  const file = await writeResults(
    {
      options,
      from: startedAt.toISOString(),
      to: new Date().toISOString(),
      machine: { ...machine, loadAverage: { start: loadAtStart, end: loadAtEnd } },
      expected,
      ...run,
      checks,
    },
    path.join(
      path.dirname(RESULTS_FILE),
      options.quick ? 'fan-out-quick.json' : 'fan-out-latest.json',
    ),
  );
  say(`Figures written to ${file}`);
  const failed = checks.filter((check) => !check.pass);
  if (failed.length > 0)
    throw new Error(`${failed.length} count(s) wrong: ${failed.map((c) => c.target).join('; ')}`);
}

runBenchProcess({ main, cleanup, phase: () => phase, usage: FAN_OUT_BENCH_USAGE });
