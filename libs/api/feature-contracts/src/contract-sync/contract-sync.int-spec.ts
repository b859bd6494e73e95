import { CONTRACT_SYNC_DEFAULTS } from '@lgx/api/core/config';
import { buildDataSourceOptions } from '@lgx/api/core/database';
import { createTestDatabase, type TestDatabase } from '@lgx/api/testing';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ContractingProcessService } from '../contracting-process/contracting-process.service';
import { CONTRACT_ENTITIES } from '../contracts.module';
import { releaseProblems } from '../ocds';
import { FakeOcdsServer } from '../test/fake-ocds-server';
import {
  asFindATenderReleases,
  CONTRACTS_FINDER_PATH,
  FIND_A_TENDER_PATH,
  type RecordedPage,
  recordedPages,
  sampleReleases,
} from '../test/recorded-ocds-pages';
import { registerRows } from '../test/sample-expectations';
import { ContractSyncService } from './contract-sync.service';
import { type ContractSyncTiming, SYSTEM_TIMING } from './contract-sync.timing';
import { ContractSyncStatusService } from './contract-sync-status.service';

const NOW = new Date('2026-12-01T12:00:00Z');

/** A clock that stands still and waits that return at once, remembering what was asked. */
function fakeTiming(): ContractSyncTiming & { waits: number[] } {
  const waits: number[] = [];
  return {
    ...SYSTEM_TIMING,
    waits,
    now: () => new Date(NOW),
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
  };
}

describe('contracts sync against a fake Find a Tender and Contracts Finder (PostgreSQL)', () => {
  const server = new FakeOcdsServer();
  let database: TestDatabase;
  let dataSource: DataSource;
  let timing: ReturnType<typeof fakeTiming>;
  let sync: ContractSyncService;
  const finder = sampleReleases();
  const tender = asFindATenderReleases(finder.slice(0, 30));
  let finderPages: RecordedPage[];
  let tenderPages: RecordedPage[];

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    dataSource.query(sql, params) as Promise<T[]>;
  const stateOf = async (source: string) =>
    (await query('SELECT * FROM contract_sync_state WHERE source = $1', [source]))[0]!;
  const processCount = async (prefix: string) =>
    (
      await query<{ count: number }>(
        `SELECT count(*)::int AS count FROM contracting_process WHERE ocid LIKE $1`,
        [`${prefix}%`],
      )
    )[0]!.count;
  const ocidsOf = (releases: Record<string, unknown>[]) =>
    new Set(
      releases.filter((release) => releaseProblems(release).length === 0).map((r) => r['ocid']),
    );
  const newService = (source: DataSource, overrides: Partial<typeof CONTRACT_SYNC_DEFAULTS> = {}) =>
    new ContractSyncService(
      source,
      new ContractingProcessService(source),
      {
        publicUrl: 'http://lgx.test',
        contractSync: {
          ...CONTRACT_SYNC_DEFAULTS,
          maxAttempts: 3,
          timeoutSeconds: 5,
          findATenderUrl: `${server.base}${FIND_A_TENDER_PATH}`,
          contractsFinderUrl: `${server.base}${CONTRACTS_FINDER_PATH}`,
          ...overrides,
        },
      },
      timing,
    );

  beforeAll(async () => {
    // The sync warns of every refusal and error; the assertions say what matters here.
    Logger.overrideLogger(['error']);
    await server.start();
    database = await createTestDatabase();
    dataSource = await new DataSource(
      buildDataSourceOptions({ url: database.url, entities: CONTRACT_ENTITIES, migrations: [] }),
    ).initialize();
    for (const row of registerRows())
      await query(
        `INSERT INTO council (code, gss_code, official_name, nice_name, type_code, nation, is_current)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING`,
        [
          row.code,
          row.gssCode,
          row.officialName,
          row.niceName,
          row.typeCode,
          row.nation,
          row.isCurrent,
        ],
      );
    finderPages = recordedPages(server.base, CONTRACTS_FINDER_PATH, finder, 40);
    tenderPages = recordedPages(server.base, FIND_A_TENDER_PATH, tender, 20);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
    await server.stop();
  });

  beforeEach(async () => {
    await query(
      'TRUNCATE contract_sync_state, contract_release, contracting_process, contract_supplier',
    );
    server.reset();
    server.servePages(FIND_A_TENDER_PATH, tenderPages);
    server.servePages(CONTRACTS_FINDER_PATH, finderPages);
    timing = fakeTiming();
    sync = newService(dataSource);
  });

  it('reads both APIs to the end of the window, storing every valid release, and says so in its state', async () => {
    const run = await sync.runOnce();

    expect(run.ran).toBe(true);
    const refused = finder.filter((release) => releaseProblems(release).length > 0).length;
    expect(run.sources).toEqual([
      { source: 'find-a-tender', pages: 2, releases: 30, refused: 0, caughtUp: true, error: null },
      {
        source: 'contracts-finder',
        pages: 3,
        releases: finder.length,
        refused,
        caughtUp: true,
        error: null,
      },
    ]);
    expect(await processCount('ocds-h6vhtk-')).toBe(ocidsOf(tender).size);
    expect(await processCount('ocds-b5fd17-')).toBe(ocidsOf(finder).size);

    const [first] = server.requestsTo(FIND_A_TENDER_PATH);
    expect(Object.fromEntries(first!.query)).toEqual({
      updatedFrom: '2026-11-01T11:50:00',
      updatedTo: '2026-12-01T12:00:00',
      limit: '100',
    });
    expect(first!.userAgent).toMatch(/^LGX/);
    const [firstFinder] = server.requestsTo(CONTRACTS_FINDER_PATH);
    expect(Object.fromEntries(firstFinder!.query)).toEqual({
      publishedFrom: '2026-11-01T11:50:00',
      publishedTo: '2026-12-01T12:00:00',
      limit: '100',
    });
    expect(await stateOf('contracts-finder')).toMatchObject({
      synced_to: NOW,
      window_from: null,
      next_url: null,
      last_success_at: NOW,
      last_error: null,
      errors_total: 0,
      pages_total: 3,
      releases_total: finder.length,
      refused_total: refused,
    });
  });

  it('a second run opens a new window from where the first ended, and changes nothing already stored', async () => {
    await sync.runOnce();
    const releases = await query('SELECT count(*)::int AS count FROM contract_release');
    server.requests.length = 0;

    await sync.runOnce();

    const [first] = server.requestsTo(CONTRACTS_FINDER_PATH);
    // The new window starts ten minutes before the last one ended: late notices are not missed.
    expect(first!.query.get('publishedFrom')).toBe('2026-12-01T11:50:00');
    expect(await query('SELECT count(*)::int AS count FROM contract_release')).toEqual(releases);
  });

  it('resumes after a failure from the page where it stopped: pages stored are not fetched again', async () => {
    const failing = finderPages[1]!.cursor;
    server.before(
      CONTRACTS_FINDER_PATH,
      failing,
      { status: 500 },
      { status: 502 },
      { status: 500 },
    );

    const failed = await sync.runOnce();

    expect(failed.sources[1]).toMatchObject({ pages: 1, caughtUp: false });
    expect(failed.sources[1]!.error).toMatch(/HTTP 500 after 3 attempts/);
    const stopped = await stateOf('contracts-finder');
    expect(stopped).toMatchObject({ errors_total: 1, last_success_at: null, pages_total: 1 });
    expect(stopped['next_url']).toContain(`cursor=${failing}`);
    expect(await processCount('ocds-b5fd17-')).toBe(ocidsOf(finder.slice(0, 40)).size);

    server.requests.length = 0;
    const resumed = await newService(dataSource).runOnce();

    expect(resumed.sources[1]).toMatchObject({ pages: 2, caughtUp: true, error: null });
    expect(server.requestsTo(CONTRACTS_FINDER_PATH).map((request) => request.cursor)).toEqual([
      finderPages[1]!.cursor,
      finderPages[2]!.cursor,
    ]);
    expect(await processCount('ocds-b5fd17-')).toBe(ocidsOf(finder).size);
    expect(await stateOf('contracts-finder')).toMatchObject({
      last_error: null,
      errors_total: 1,
      last_success_at: NOW,
    });
  });

  it('on HTTP 429 waits as long as Retry-After says, capped, then goes on', async () => {
    server.before(
      CONTRACTS_FINDER_PATH,
      finderPages[1]!.cursor,
      { status: 429, headers: { 'Retry-After': '7' } },
      { status: 429, headers: { 'Retry-After': '86400' } },
    );

    const run = await sync.runOnce();

    expect(run.sources[1]).toMatchObject({ caughtUp: true, error: null });
    expect(timing.waits).toEqual([7_000, timing.maxRetryAfterMs]);
    expect(server.requestsTo(CONTRACTS_FINDER_PATH)).toHaveLength(5);
  });

  it('on HTTP 503 backs off exponentially with jitter, then takes the page when it comes', async () => {
    server.before(FIND_A_TENDER_PATH, null, { status: 503 }, { status: 503 });

    const run = await sync.runOnce();

    expect(run.sources[0]).toMatchObject({ pages: 2, caughtUp: true, error: null });
    // random() is 0.5: half of 1 s, then half of 2 s.
    expect(timing.waits).toEqual([500, 1_000]);
    expect((await stateOf('find-a-tender'))['errors_total']).toBe(0);
  });

  it('takes a connection dropped mid-page as a network failure, and tries again', async () => {
    const page = finderPages[1]!;
    server.before(CONTRACTS_FINDER_PATH, page.cursor, {
      body: JSON.stringify(page.body),
      cut: true,
    });

    const run = await sync.runOnce();

    expect(run.sources[1]).toMatchObject({ pages: 3, caughtUp: true, error: null });
    expect(timing.waits).toEqual([500]);
  });

  it('records a truncated page as an error, stores nothing of it, and the next run reads it again', async () => {
    const page = finderPages[1]!;
    const text = JSON.stringify(page.body);
    server.before(CONTRACTS_FINDER_PATH, page.cursor, { body: text.slice(0, text.length / 2) });

    const failed = await sync.runOnce();

    expect(failed.sources[1]!.error).toMatch(/not valid JSON/);
    expect(await processCount('ocds-b5fd17-')).toBe(ocidsOf(finder.slice(0, 40)).size);
    const cut = await stateOf('contracts-finder');
    expect(cut['last_error']).toMatch(/not valid JSON/);
    expect(cut['next_url']).toContain(`cursor=${page.cursor}`);

    const resumed = await sync.runOnce();

    expect(resumed.sources[1]).toMatchObject({ pages: 2, caughtUp: true, error: null });
    expect(await processCount('ocds-b5fd17-')).toBe(ocidsOf(finder).size);
  });

  it('stops a cursor loop with an error instead of reading for ever', async () => {
    // The third page links back to the second.
    const looping = structuredClone(finderPages[2]!.body);
    looping['links'] = { next: (finderPages[0]!.body['links'] as { next: string }).next };
    server.serve(CONTRACTS_FINDER_PATH, finderPages[2]!.cursor, { body: JSON.stringify(looping) });

    const run = await sync.runOnce();

    expect(run.sources[1]).toMatchObject({ pages: 3, caughtUp: false });
    expect(run.sources[1]!.error).toMatch(/cursor loop/);
    expect(server.requestsTo(CONTRACTS_FINDER_PATH)).toHaveLength(3);
    const state = await stateOf('contracts-finder');
    expect(state['last_error']).toMatch(/cursor loop/);
    expect(state['next_url']).toContain(`cursor=${finderPages[2]!.cursor}`);
  });

  it("a saved cursor the API no longer accepts sends the next run back to the window's first page", async () => {
    server.before(CONTRACTS_FINDER_PATH, finderPages[1]!.cursor, { status: 503 });
    await newService(dataSource, { maxAttempts: 1 }).runOnce();
    server.before(CONTRACTS_FINDER_PATH, finderPages[1]!.cursor, { status: 400 });

    const refused = await sync.runOnce();

    expect(refused.sources[1]!.error).toMatch(/HTTP 400 .* read again from its first page/);
    expect((await stateOf('contracts-finder'))['next_url']).toBeNull();
    server.requests.length = 0;
    const again = await sync.runOnce();
    expect(again.sources[1]).toMatchObject({ pages: 3, caughtUp: true, error: null });
    expect(server.requestsTo(CONTRACTS_FINDER_PATH)[0]!.cursor).toBeNull();
  });

  it('reports ok after a full run, lagging when what is stored grows old, failing after an error', async () => {
    const status = new ContractSyncStatusService(
      dataSource,
      newService(dataSource, { enabled: true }),
      timing,
    );
    await sync.runOnce();
    expect(await status.report()).toMatchObject({
      state: 'ok',
      sources: [
        { source: 'find-a-tender', state: 'ok', lagSeconds: 0, lastSuccessAt: NOW.toISOString() },
        { source: 'contracts-finder', state: 'ok', lagSeconds: 0 },
      ],
    });

    // Two intervals (hourly) and a second without a complete pass.
    await query(`UPDATE contract_sync_state SET synced_to = synced_to - interval '7201 seconds'`);
    expect(await status.report()).toMatchObject({
      state: 'lagging',
      sources: [{ state: 'lagging', lagSeconds: 7201 }, { state: 'lagging' }],
    });

    server.serve(FIND_A_TENDER_PATH, null, { status: 503 });
    await newService(dataSource, { maxAttempts: 1 }).runOnce();
    const failing = await status.report();
    expect(failing.state).toBe('failing');
    expect(failing.sources[0]).toMatchObject({ state: 'failing', errorsTotal: 1 });
    expect(failing.sources[0]!.lastError).toMatch(/HTTP 503/);

    const off = new ContractSyncStatusService(dataSource, sync, timing);
    expect((await off.report()).state).toBe('off');
  });

  it('follows no link to another host', async () => {
    const elsewhere = structuredClone(tenderPages[0]!.body);
    elsewhere['links'] = { next: 'https://attacker.example/api?cursor=x' };
    server.serve(FIND_A_TENDER_PATH, null, { body: JSON.stringify(elsewhere) });

    const run = await sync.runOnce();

    expect(run.sources[0]!.error).toMatch(/not a link on 127\.0\.0\.1/);
    expect(server.requests.some((request) => request.cursor === 'x')).toBe(false);
  });

  it('runs in one process at a time: a second service on its own connections finds the lock taken', async () => {
    const other = await new DataSource(
      buildDataSourceOptions({ url: database.url, entities: CONTRACT_ENTITIES, migrations: [] }),
    ).initialize();
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      server.before(FIND_A_TENDER_PATH, null, {
        body: JSON.stringify(tenderPages[0]!.body),
        hold: held,
      });

      const first = sync.runOnce();
      while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const second = await newService(other).runOnce();
      release();

      expect(second).toEqual({ ran: false, sources: [] });
      expect((await first).ran).toBe(true);
      expect(
        server.requestsTo(FIND_A_TENDER_PATH).filter((request) => !request.cursor),
      ).toHaveLength(1);
      // Free again once the first run is over.
      expect((await newService(other).runOnce()).ran).toBe(true);
    } finally {
      await other.destroy();
    }
  });
});
