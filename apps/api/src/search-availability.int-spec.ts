import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { REINDEX_LOCK, SearchIndexer, SearchReindexer } from '@lgx/api/core/search';
import {
  bootTestApp,
  seedTestCouncils,
  signedIn,
  type TestApp,
  type TestSession,
} from '@lgx/api/testing';
import { freePort, type RunningService, startEmbeddedMeilisearch } from '@lgx/infra';
import pg from 'pg';

import { CREATE_TEST_TABLE, TestCaseStudyModule } from '../test/test-case-study.source';
import { createApp } from './bootstrap';

const SEARCH = `query($q: String, $filters: SearchFiltersInput) {
  search(query: $q, filters: $filters, first: 50) { totalCount edges { node { id } } }
}`;
const SUPPLIERS = `query($q: String) { suppliers(query: $q, first: 10) { totalCount } }`;
const STATUS = `{ searchStatus { state } }`;

async function bootSearchApp(
  search?: { url: string; masterKey: string },
  beforeStart?: (databaseUrl: string) => Promise<void>,
): Promise<TestApp> {
  const harness = await bootTestApp(async (config) => {
    await beforeStart?.(config.database.url);
    return createApp(search ? { ...config, search: { ...config.search, ...search } } : config, {
      logger: false,
      importCouncils: false,
      imports: [TestCaseStudyModule],
    });
  });
  await harness.dataSource.query(CREATE_TEST_TABLE);
  return harness;
}

const insert = (harness: TestApp, id: string, title: string) =>
  harness.dataSource.query(
    `INSERT INTO test_case_study (id, title, summary, council_code) VALUES ($1, $2, $3, 'DER')`,
    [id, title, `${title}.`],
  );

async function eventually(check: () => Promise<boolean>, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not so within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('search: while Meilisearch is down, said plainly', () => {
  let harness: TestApp;
  let officer: TestSession;
  // A Meilisearch of this test's own, to stop and start: never the run's shared one.
  let meili: RunningService;
  let dataDir: string;
  let port: number;
  const masterKey = 'availability-test-master-key-0123456789';

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'lgx-meili-down-'));
    port = await freePort();
    meili = await startEmbeddedMeilisearch({ dataDir, port, masterKey });
    harness = await bootSearchApp({ url: `http://127.0.0.1:${port}`, masterKey });
    await seedTestCouncils(harness.dataSource);
    officer = await signedIn(harness, { council: 'DER' });
  });
  afterAll(async () => {
    await harness?.close();
    await meili?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers SEARCH_UNAVAILABLE on every search path, keeps every write, and catches up', async () => {
    const indexer = harness.app.get(SearchIndexer);
    for (let i = 0; i < 20; i++) await insert(harness, `d${i}`, `Downtime record ${i}`);
    await indexer.settle();

    await meili.stop();
    // Writes in the middle of the outage are stored.
    for (let i = 20; i < 40; i++) await insert(harness, `d${i}`, `Downtime record ${i}`);
    const [{ stored }] = await harness.dataSource.query(
      `SELECT count(*)::int AS stored FROM test_case_study WHERE id LIKE 'd%'`,
    );
    expect(stored).toBe(40);

    const searches = [
      harness.graphql(SEARCH, { q: 'downtime' }), // federated, every type
      harness.graphql(SEARCH, { q: 'downtime', filters: { types: ['CASE_STUDY'] } }), // one index
      harness.graphql(SEARCH, { q: '', filters: { types: ['COMPONENT'] } }), // the catalogue
      officer.graphql(SUPPLIERS, { q: 'acme' }), // the directory's search and autocomplete
    ];
    for (const answer of await Promise.all(searches)) {
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0]!.extensions?.['code']).toBe('SEARCH_UNAVAILABLE');
      expect(answer.errors![0]!.message).toMatch(/^Search is unavailable for now\./);
      expect(JSON.stringify(answer.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/i);
    }
    // The lists that do not need search still answer.
    const directory = await officer.graphql<{ suppliers: { totalCount: number } }>(SUPPLIERS, {
      q: null,
    });
    expect(directory.errors).toBeUndefined();

    const ready = await harness.http().get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.search.state).toBe('unavailable');
    expect(ready.body.checks.searchIndex.pending).toBeGreaterThan(0);
    expect((await harness.graphql(STATUS)).data).toEqual({
      searchStatus: { state: 'UNAVAILABLE' },
    });

    meili = await startEmbeddedMeilisearch({ dataDir, port, masterKey });
    // By the background drain alone, as soon as Meilisearch answers: not at the changes' back-off.
    await eventually(async () => (await indexer.lag()).pending === 0, 20);
    const report = await harness.app.get(SearchReindexer).check('case_study');
    expect(report).toMatchObject({ expected: 40, indexed: 40, missing: [] });
    const found = await harness.graphql<{ search: { totalCount: number } }>(SEARCH, {
      q: 'downtime',
      filters: { types: ['CASE_STUDY'] },
    });
    expect(found.errors).toBeUndefined();
    expect(found.data!.search.totalCount).toBe(40);
    const back = await harness.http().get('/health/ready');
    expect(back.status).toBe(200);
    expect(back.body.checks.search.state).toBe('ready');
    await eventually(
      async () =>
        JSON.stringify((await harness.graphql(STATUS)).data) ===
        JSON.stringify({ searchStatus: { state: 'READY' } }),
      5,
    );
  });
});

describe('search: while the first build goes on, said plainly', () => {
  let harness: TestApp;
  let blocker: pg.Client | undefined;

  beforeAll(async () => {
    // Holding the reindex lock keeps the first build of this app's (new) indexes waiting.
    harness = await bootSearchApp(undefined, async (databaseUrl) => {
      blocker = new pg.Client({ connectionString: databaseUrl });
      await blocker.connect();
      await blocker.query('SELECT pg_advisory_lock($1)', [REINDEX_LOCK]);
    });
  });
  afterAll(async () => {
    await blocker?.end().catch(() => undefined);
    await harness?.close();
  });

  it('reports building, with each index, until the first build is done; then ready', async () => {
    await insert(harness, 'b1', 'Building record');
    const during = await harness.http().get('/health/ready');
    // Search answers meanwhile, so the API is ready for traffic: search says it is building.
    expect(during.status).toBe(200);
    expect(during.body.status).toBe('ok');
    expect(during.body.checks.search.state).toBe('building');
    expect(during.body.checks.search.pending).toBeGreaterThan(0);
    const caseStudies = during.body.checks.search.indexes.find(
      (index: { type: string }) => index.type === 'case_study',
    );
    expect(caseStudies).toMatchObject({ type: 'case_study', state: 'building' });
    expect((await harness.graphql(STATUS)).data).toEqual({ searchStatus: { state: 'BUILDING' } });

    await blocker!.query('SELECT pg_advisory_unlock($1)', [REINDEX_LOCK]);
    await eventually(async () => {
      const response = await harness.http().get('/health/ready');
      return response.body.checks.search.state === 'ready';
    });
    const after = await harness.http().get('/health/ready');
    expect(after.body.checks.search.pending).toBe(0);
    for (const index of after.body.checks.search.indexes)
      expect(index).toMatchObject({ state: 'built' });
    const found = await harness.graphql<{ search: { totalCount: number } }>(SEARCH, {
      q: 'building',
      filters: { types: ['CASE_STUDY'] },
    });
    expect(found.data!.search.totalCount).toBe(1);
  });
});
