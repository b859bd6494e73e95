import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  IndexManager,
  SearchClient,
  SearchIndexer,
  SearchReindexer,
  SearchSourceRegistry,
} from '@lgx/api/core/search';
import {
  bootTestApp,
  type GraphQLResponse,
  seedTestCouncils,
  signedIn,
  type TestApp,
  type TestSessionOptions,
} from '@lgx/api/testing';
import { freePort, type RunningService, startEmbeddedMeilisearch } from '@lgx/infra';
import type { Task } from 'meilisearch';

import { CREATE_TEST_TABLE, TestCaseStudyModule } from '../test/test-case-study.source';
import { createApp } from './bootstrap';

const SEARCH = `query($q: String, $filters: SearchFiltersInput, $first: Int, $after: String, $sort: SearchSort) {
  search(query: $q, filters: $filters, first: $first, after: $after, sort: $sort) {
    totalCount
    edges { cursor node { type id title url titleHighlight { text match } } }
    pageInfo { hasNextPage endCursor }
    facets { attribute label values { value count } }
  }
}`;

interface SearchData {
  search: {
    totalCount: number;
    edges: {
      cursor: string;
      node: {
        type: string;
        id: string;
        title: string;
        url: string;
        titleHighlight: { text: string; match: boolean }[];
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: { attribute: string; label: string; values: { value: string; count: number }[] }[];
  };
}

async function bootSearchApp(search?: { url: string; masterKey: string }): Promise<TestApp> {
  const harness = await bootTestApp((config) =>
    createApp(search ? { ...config, search: { ...config.search, ...search } } : config, {
      logger: false,
      importCouncils: false,
      imports: [TestCaseStudyModule],
    }),
  );
  await harness.dataSource.query(CREATE_TEST_TABLE);
  return harness;
}

const insert = (
  harness: TestApp,
  id: string,
  title: string,
  extra: {
    summary?: string;
    visibility?: string;
    council?: string;
    group?: string;
    area?: string;
  } = {},
) =>
  harness.dataSource.query(
    `INSERT INTO test_case_study (id, title, summary, visibility, council_code, group_id, service_area) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      id,
      title,
      extra.summary ?? `${title}.`,
      extra.visibility ?? 'public',
      extra.council ?? 'DER',
      extra.group ?? null,
      extra.area ?? 'Adult social care',
    ],
  );

describe('search: the outbox, the indexer and Meilisearch', () => {
  let harness: TestApp;
  let indexer: SearchIndexer;
  const ids = async (query: string, filters?: object) =>
    (
      (await harness.graphql<SearchData>(SEARCH, { q: query, filters, first: 50 })).data?.search
        .edges ?? []
    )
      .map((edge) => edge.node.id)
      .sort();

  beforeAll(async () => {
    harness = await bootSearchApp();
    indexer = harness.app.get(SearchIndexer);
  });
  afterAll(() => harness?.close());

  it('indexes nothing from a rolled-back transaction, and a committed change once', async () => {
    const runner = harness.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(
      `INSERT INTO test_case_study (id, title, summary, council_code) VALUES ('rolled', 'Rolled back robots', 'x', 'DER')`,
    );
    await runner.rollbackTransaction();
    await runner.release();
    const [{ n }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM search_outbox WHERE entity_id = 'rolled'`,
    );
    expect(n).toBe(0);

    await insert(harness, 'kept', 'Committed robots');
    await indexer.settle();
    expect(await ids('robots')).toEqual(['kept']);
  });

  it('is idempotent: the same change applied again changes nothing', async () => {
    await insert(harness, 'twice', 'Idempotent dashboards');
    await harness.dataSource.query(
      `INSERT INTO search_outbox (entity_type, entity_id) VALUES ('case_study', 'twice'), ('case_study', 'twice')`,
    );
    await indexer.settle();
    await harness.dataSource.query(
      `INSERT INTO search_outbox (entity_type, entity_id) VALUES ('case_study', 'twice')`,
    );
    await indexer.settle();
    expect(await ids('dashboards')).toEqual(['twice']);
    const [{ n }] = await harness.dataSource.query(`SELECT count(*)::int AS n FROM search_outbox`);
    expect(n).toBe(0);
  });

  it('applies an update and then a delete in order', async () => {
    await insert(harness, 'gone', 'Temporary kiosks');
    await indexer.settle();
    await harness.dataSource.query(
      `UPDATE test_case_study SET title = 'Renamed kiosks' WHERE id = 'gone'`,
    );
    await harness.dataSource.query(`DELETE FROM test_case_study WHERE id = 'gone'`);
    await indexer.settle();
    expect(await ids('kiosks')).toEqual([]);

    await insert(harness, 'renamed', 'First name for a telecare pilot');
    await harness.dataSource.query(
      `UPDATE test_case_study SET title = 'Second name for a telecare pilot' WHERE id = 'renamed'`,
    );
    await indexer.settle();
    const hits = (await harness.graphql<SearchData>(SEARCH, { q: 'telecare pilot' })).data!.search
      .edges;
    expect(hits.map((hit) => hit.node.title)).toEqual(['Second name for a telecare pilot']);
  });

  it('settles a change an earlier failure deferred: at once, not at its back-off', async () => {
    await indexer.settle(); // the first build done: only the outbox can bring the change in
    // The change and its deferral commit together, as a failed batch leaves it (six failures:
    // due in a minute), so the background drain never finds it due first.
    await harness.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO test_case_study (id, title, summary, council_code) VALUES ('deferred', 'Deferred lamp posts', 'x', 'DER')`,
      );
      await manager.query(
        `UPDATE search_outbox SET attempts = 6, last_error = 'request timed out after 5000ms',
           next_attempt_at = now() + interval '60 seconds' WHERE entity_id = 'deferred'`,
      );
    });
    await indexer.settle();
    expect(await ids('lamp posts')).toEqual(['deferred']);
    expect((await indexer.lag()).pending).toBe(0);
  });

  it('will not settle while Meilisearch refuses a change, says why, and keeps its back-off', async () => {
    await indexer.settle();
    // Not a valid Meilisearch document id: Meilisearch fails the task that adds it.
    await insert(harness, 'refused id!', 'Refused bollards');
    try {
      await expect(indexer.settle()).rejects.toThrow(
        /did not settle: 1 change is still in the outbox; the last attempt failed: Meilisearch task \d+ failed: .*refused id!/,
      );
      const outbox = async () =>
        (
          await harness.dataSource.query(
            `SELECT attempts, extract(epoch FROM next_attempt_at - now())::float AS "dueIn"
             FROM search_outbox WHERE entity_id = 'refused id!'`,
          )
        )[0] as { attempts: number; dueIn: number };
      const before = await outbox();
      expect(before.dueIn).toBeGreaterThan(4); // its back-off outlasts the wait below
      // Meilisearch answered (and refused): once the background drain has run again (it polls each
      // second), the change still waits out its back-off rather than being retried at once.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect((await outbox()).attempts).toBe(before.attempts);
    } finally {
      // The record and its changes go together, leaving nothing for the indexer.
      await harness.dataSource.transaction(async (manager) => {
        await manager.query(`DELETE FROM test_case_study WHERE id = 'refused id!'`);
        await manager.query(`DELETE FROM search_outbox WHERE entity_id = 'refused id!'`);
      });
    }
  });

  it('forgives typos and speaks council vocabulary', async () => {
    await insert(harness, 'planning', 'AI drafts reports on planning applications');
    await insert(harness, 'asc', 'Assessments in adult social care, in seconds');
    await insert(harness, 'waste', 'Smarter routes for waste collection');
    await insert(harness, 'rpa', 'Robotic process automation in revenues and benefits');
    await insert(harness, 'foi', 'Answering freedom of information requests faster');
    await indexer.settle();
    expect(await ids('planing aplications')).toEqual(['planning']);
    expect(await ids('ASC')).toContain('asc');
    expect(await ids('bins')).toEqual(['waste']);
    expect(await ids('RPA')).toEqual(['rpa']);
    // Function words are not indexed, yet phrases and queries holding them still match.
    expect(await ids('FOI')).toEqual(['foi']);
    expect(await ids('freedom of information')).toEqual(['foi']);
    expect(await ids('the bins')).toEqual(['waste']);
    const highlighted = (await harness.graphql<SearchData>(SEARCH, { q: 'waste' })).data!.search
      .edges[0]!.node.titleHighlight;
    expect(highlighted).toEqual([
      { text: 'Smarter routes for ', match: false },
      { text: 'waste', match: true },
      { text: ' collection', match: false },
    ]);
  });

  it('finds records near a council and like a council, and refuses what it cannot use', async () => {
    await seedTestCouncils(harness.dataSource);
    // From Derby: Nottingham is about 21 km away, Stockport 70 km and Kent 242 km.
    for (const council of ['DER', 'NOT', 'SKP', 'KEN'])
      await insert(harness, `near-${council}`, `Nearby telematics in ${council}`, { council });
    await indexer.settle();
    const near = (km: number, extra: object = {}) =>
      ids('nearby telematics', { nearCouncil: { councilCode: 'der', withinKm: km }, ...extra });
    expect(await near(10)).toEqual(['near-DER']);
    expect(await near(30)).toEqual(['near-DER', 'near-NOT']);
    expect(await near(100)).toEqual(['near-DER', 'near-NOT', 'near-SKP']);
    expect(await near(500)).toEqual(['near-DER', 'near-KEN', 'near-NOT', 'near-SKP']);
    // Both filters at once: records of councils in both lists.
    const like = await ids('nearby telematics', { likeCouncil: 'NOT' });
    expect(like).toContain('near-NOT');
    expect(await near(30, { likeCouncil: 'NOT' })).toEqual(
      ['near-DER', 'near-NOT'].filter((id) => like.includes(id)),
    );

    const refused = async (filters: object) =>
      (await harness.graphql(SEARCH, { q: 'x', filters })).errors?.[0]?.message;
    expect(await refused({ nearCouncil: { councilCode: 'ZZZ', withinKm: 10 } })).toBe(
      'Choose a council from the register.',
    );
    expect(await refused({ nearCouncil: { councilCode: 'DER', withinKm: 501 } })).toBe(
      'Choose a distance from 1 to 500 km.',
    );
    expect(await refused({ likeCouncil: 'ZZZ' })).toBe(
      'Choose a current council from the register.',
    );
  });

  it('pages through results with cursors and refuses bad arguments clearly', async () => {
    for (let i = 0; i < 7; i++) await insert(harness, `page-${i}`, `Paged chatbot number ${i}`);
    await indexer.settle();
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response: GraphQLResponse<SearchData> = await harness.graphql<SearchData>(SEARCH, {
        q: 'paged chatbot',
        first: 3,
        after,
      });
      seen.push(...response.data!.search.edges.map((edge) => edge.node.id));
      if (!response.data!.search.pageInfo.hasNextPage) break;
      after = response.data!.search.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(Array.from({ length: 7 }, (_, i) => `page-${i}`));
    const bad = await harness.graphql(SEARCH, { q: 'x', after: 'nope' });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_CURSOR');
    const unknownFacet = await harness.graphql(SEARCH, {
      q: 'x',
      filters: { facets: [{ attribute: 'visibility', values: ['council'] }] },
    });
    expect(unknownFacet.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    // Thousands of filters on one facet would make Meilisearch's filter as long.
    const repeatedFacet = await harness.graphql(SEARCH, {
      q: 'x',
      filters: {
        facets: Array.from({ length: 500 }, (_, i) => ({ attribute: 'region', values: [`r${i}`] })),
      },
    });
    expect(repeatedFacet.errors?.[0]?.message).toBe(
      'Give each filter once, with all its chosen values.',
    );
    const tooLong = await harness.graphql(SEARCH, { q: 'x'.repeat(201) });
    expect(tooLong.errors?.[0]?.message).toMatch(/200 characters or fewer/);
  });

  it('rebuilds an index with a swap and reports it consistent', async () => {
    const reindexer = harness.app.get(SearchReindexer);
    const result = await reindexer.reindex('case_study');
    const [{ n }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM test_case_study`,
    );
    expect(result.documents).toBe(n);
    expect(await reindexer.check('case_study')).toMatchObject({
      expected: n,
      indexed: n,
      missing: [],
      extra: [],
    });
    expect(await ids('planing aplications')).toEqual(['planning']);
  });

  it('rebuilds, once, an index built from an older version of its documents', async () => {
    await insert(harness, 'versioned', 'Versioned wheelie bins');
    await indexer.settle();
    const definition = harness.app.get(SearchSourceRegistry).definition('case_study')!;
    const uid = harness.app.get(IndexManager).uid(definition);
    const state = async () =>
      (
        await harness.dataSource.query(
          `SELECT document_version AS version, built_at AS "builtAt" FROM search_index_state WHERE index_uid = $1`,
          [uid],
        )
      )[0] as { version: number; builtAt: Date } | undefined;
    expect((await state())?.version).toBe(definition.documentVersion);

    // An index as an older source wrote it: a document unlike its record, recorded as version 0.
    const meili = harness.app.get(SearchClient).meili;
    await meili
      .index(uid)
      .updateDocuments([{ id: 'versioned', title: 'Written by an older mapper' }])
      .waitTask();
    await harness.dataSource.query(
      `UPDATE search_index_state SET document_version = 0 WHERE index_uid = $1`,
      [uid],
    );

    const reindexer = harness.app.get(SearchReindexer);
    await reindexer.rebuildMissingOrOutdated([]);
    const rebuilt = await state();
    expect(rebuilt?.version).toBe(definition.documentVersion);
    const document = await meili.index(uid).getDocument<{ title: string }>('versioned');
    expect(document.title).toBe('Versioned wheelie bins');

    // Up to date now: a second start-up leaves it alone.
    await reindexer.rebuildMissingOrOutdated([]);
    expect((await state())?.builtAt).toEqual(rebuilt?.builtAt);
  });

  it('fills a wiped index where it is, though PostgreSQL remembers it as built', async () => {
    await insert(harness, 'after-wipe', 'Wheelie bins after a wipe');
    await indexer.settle();
    const definition = harness.app.get(SearchSourceRegistry).definition('case_study')!;
    const manager = harness.app.get(IndexManager);
    const uid = manager.uid(definition);
    const meili = harness.app.get(SearchClient).meili;
    const [{ n }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM test_case_study`,
    );
    // Meilisearch loses the index; search_index_state still says it was built at this version.
    await meili.deleteIndex(uid).waitTask();
    const created = await manager.ensureAll();
    expect(created).toEqual([uid]);
    // A new index has every setting in code.
    const settings = await meili.index(uid).getSettings();
    expect(settings.filterableAttributes?.slice().sort()).toEqual(
      [...(definition.settings.filterableAttributes ?? [])].sort(),
    );

    const [latest] = (await meili.tasks.getTasks({ limit: 1 })).results;
    await harness.app.get(SearchReindexer).rebuildMissingOrOutdated(created);
    const { numberOfDocuments } = await meili.index(uid).getStats();
    expect(numberOfDocuments).toBe(n);
    expect((await meili.index(uid).getDocument<{ title: string }>('after-wipe')).title).toBe(
      'Wheelie bins after a wipe',
    );
    // Filled in place: no copy was made, none swapped in. (Other test files share this
    // Meilisearch and make tasks of their own meanwhile: only this index's, its copies' and
    // swaps count.)
    const ours = (task: Task) =>
      task.indexUid === uid ||
      task.indexUid?.startsWith(`${uid}__rebuild_`) ||
      (task.details?.swaps ?? []).some((swap) => swap.indexes.includes(uid));
    const since = (await meili.tasks.getTasks({ limit: 1000 })).results.filter(
      (task) => task.uid > latest!.uid && ours(task),
    );
    expect(since.map((task) => task.type)).toEqual(['documentAdditionOrUpdate']);
    expect(since[0]!.indexUid).toBe(uid);
  });
});

describe('search: when Meilisearch stops and comes back', () => {
  let harness: TestApp;
  let meili: RunningService;
  let dataDir: string;
  let port: number;
  const masterKey = 'recovery-test-master-key-0123456789';

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'lgx-meili-recovery-'));
    port = await freePort();
    meili = await startEmbeddedMeilisearch({ dataDir, port, masterKey });
    harness = await bootSearchApp({ url: `http://127.0.0.1:${port}`, masterKey });
  });
  afterAll(async () => {
    await harness?.close();
    await meili?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps writes, holds the changes in the outbox and catches up with nothing lost', async () => {
    const indexer = harness.app.get(SearchIndexer);
    for (let i = 0; i < 40; i++) await insert(harness, `r${i}`, `Recovery record ${i}`);
    await indexer.settle();

    await meili.stop();
    // Writes still succeed while Meilisearch is down, mid-stream.
    for (let i = 40; i < 80; i++) await insert(harness, `r${i}`, `Recovery record ${i}`);
    await harness.dataSource.query(
      `UPDATE test_case_study SET title = title || ' (updated)' WHERE id IN ('r1', 'r2', 'r41')`,
    );
    await harness.dataSource.query(`DELETE FROM test_case_study WHERE id IN ('r3', 'r42')`);
    // settle() does not pretend: it says what waits, and why.
    await expect(indexer.settle()).rejects.toThrow(
      /did not settle: \d+ changes are still in the outbox; the last attempt failed: Request to \S+ has failed/,
    );
    const during = await harness.http().get('/health/ready');
    expect(during.status).toBe(503);
    expect(during.body.checks.searchIndex.pending).toBeGreaterThan(0);
    // A longer outage leaves the changes at the longest back-off, as six failed batches do.
    await harness.dataSource.query(
      `UPDATE search_outbox SET attempts = 6, next_attempt_at = now() + interval '60 seconds'`,
    );

    meili = await startEmbeddedMeilisearch({ dataDir, port, masterKey });
    // The background drain alone (its poll): the changes go once Meilisearch answers, not in a minute.
    const restarted = Date.now();
    while ((await indexer.lag()).pending > 0 && Date.now() - restarted < 75_000)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const seconds = (Date.now() - restarted) / 1000;
    expect(await indexer.lag()).toEqual({ pending: 0, oldestSeconds: 0 });
    // Its one poll and a batch; the back-off it must not wait out is 60 s.
    expect(seconds).toBeLessThan(15);
    const report = await harness.app.get(SearchReindexer).check('case_study');
    expect(report).toMatchObject({ expected: 78, indexed: 78, missing: [], extra: [] });
    const updated = await harness.graphql<SearchData>(SEARCH, { q: 'updated', first: 10 });
    expect(updated.data!.search.edges.map((edge) => edge.node.id).sort()).toEqual([
      'r1',
      'r2',
      'r41',
    ]);
    // Long enough to see the fault (a minute's wait) rather than a timeout.
  }, 120_000);
});

describe('search: permissions', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await bootSearchApp();
    await harness.dataSource.query(`SELECT 1`);
    const records: [
      string,
      string,
      { visibility?: string; council?: string; group?: string; area?: string },
    ][] = [
      ['public-der', 'Permission probe public from Derby', { area: 'Adult social care' }],
      ['public-not', 'Permission probe public from Nottingham', { council: 'NOT', area: 'Waste' }],
      ['officers', 'Permission probe for officers only', { visibility: 'officers', area: 'Waste' }],
      [
        'draft-der',
        'Permission probe Derby draft',
        { visibility: 'council', council: 'DER', area: 'Housing' },
      ],
      [
        'draft-not',
        'Permission probe Nottingham draft',
        { visibility: 'council', council: 'NOT', area: 'Housing' },
      ],
      [
        'group-private',
        'Permission probe private group content',
        { visibility: 'group', group: 'g1', area: 'Procurement' },
      ],
    ];
    for (const [id, title, extra] of records) await insert(harness, id, title, extra);
    await harness.app.get(SearchIndexer).settle();
  });
  afterAll(() => harness?.close());

  const ROLES: [string, TestSessionOptions | null, string[]][] = [
    ['visitor', null, ['public-der', 'public-not']],
    ['unverified account', { unverified: true }, ['public-der', 'public-not']],
    ['Derby officer', { council: 'DER' }, ['draft-der', 'officers', 'public-der', 'public-not']],
    [
      'Derby editor',
      { council: 'DER', role: 'EDITOR' },
      ['draft-der', 'officers', 'public-der', 'public-not'],
    ],
    [
      'Nottingham officer',
      { council: 'NOT' },
      ['draft-not', 'officers', 'public-der', 'public-not'],
    ],
    ['platform moderator', { platformRole: 'MODERATOR' }, ['officers', 'public-der', 'public-not']],
    ['platform admin', { platformRole: 'ADMIN' }, ['officers', 'public-der', 'public-not']],
  ];

  for (const [role, options, visible] of ROLES) {
    it(`shows a ${role} only what they may see, in results, totals and facet counts`, async () => {
      const graphql = options ? (await signedIn(harness, options)).graphql : harness.graphql;
      const response = await graphql<SearchData>(SEARCH, { q: 'permission probe', first: 50 });
      expect(response.errors).toBeUndefined();
      const search = response.data!.search;
      expect(search.edges.map((edge) => edge.node.id).sort()).toEqual(visible);
      expect(search.totalCount).toBe(visible.length);
      const counts = (attribute: string) =>
        search.facets.find((facet) => facet.attribute === attribute)?.values ?? [];
      expect(counts('serviceAreas').reduce((sum, value) => sum + value.count, 0)).toBe(
        visible.length,
      );
      if (!visible.includes('group-private'))
        expect(counts('serviceAreas').map((value) => value.value)).not.toContain('Procurement');
      if (!visible.includes('draft-der') && !visible.includes('draft-not')) {
        expect(counts('serviceAreas').map((value) => value.value)).not.toContain('Housing');
      }
      // A filter on a hidden value finds nothing, and says so with a zero total.
      const hidden = await graphql<SearchData>(SEARCH, {
        q: '',
        filters: {
          types: ['CASE_STUDY'],
          facets: [{ attribute: 'serviceAreas', values: ['Procurement'] }],
        },
      });
      expect(hidden.data!.search.totalCount).toBe(0);
    });
  }
});
