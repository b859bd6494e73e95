import { CONTRACT_SYNC_DEFAULTS } from '@lgx/api/core/config';
import {
  CONTRACT_SYNC_TIMING,
  ContractSyncService,
  SYSTEM_TIMING,
} from '@lgx/api/feature-contracts';
import {
  asFindATenderReleases,
  CONTRACTS_FINDER_PATH,
  FakeOcdsServer,
  FIND_A_TENDER_PATH,
  recordedPages,
  sampleReleases,
} from '@lgx/api/feature-contracts/testing';
import { bootTestApp, type TestApp, whenReady } from '@lgx/api/testing';
import { Global, Module } from '@nestjs/common';

import { createApp } from './bootstrap';

/** The first scheduled run starts at once rather than after 30 s. */
@Global()
@Module({
  providers: [
    { provide: CONTRACT_SYNC_TIMING, useValue: { ...SYSTEM_TIMING, firstRunDelayMs: 0 } },
  ],
  exports: [CONTRACT_SYNC_TIMING],
})
class PromptSyncModule {}

async function eventually(check: () => Promise<boolean>, seconds = 30): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not so within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface SourceReport {
  source: string;
  state: string;
  lastSuccessAt: string | null;
  lagSeconds: number | null;
  lastError: string | null;
  errorsTotal: number;
  releasesTotal: number;
}

interface SyncReport {
  state: string;
  sources: SourceReport[];
}

describe('the contracts sync in /health/ready and /metrics (CONTRACTS_SYNC=on)', () => {
  const server = new FakeOcdsServer();
  const tender = asFindATenderReleases(sampleReleases().slice(0, 30));
  let harness: TestApp;
  /** The sync's part of /health/ready, whatever the status. */
  const syncCheck = async () =>
    (await harness.http().get('/health/ready')).body.checks.contractSync as SyncReport;
  /** The sync's part of a 200 readiness answer: what it says never makes the app unready. */
  const readySyncCheck = async () =>
    (await whenReady(harness)).body.checks.contractSync as SyncReport;
  const sourceOf = (sources: SourceReport[], name: string) =>
    sources.find((source) => source.source === name)!;

  beforeAll(async () => {
    await server.start();
    server.servePages(
      FIND_A_TENDER_PATH,
      recordedPages(server.base, FIND_A_TENDER_PATH, tender, 20),
    );
    // Contracts Finder is down from the start.
    server.serve(CONTRACTS_FINDER_PATH, null, { status: 503 });
    harness = await bootTestApp((config) =>
      createApp(
        {
          ...config,
          contractSync: {
            ...CONTRACT_SYNC_DEFAULTS,
            enabled: true,
            maxAttempts: 1,
            findATenderUrl: `${server.base}${FIND_A_TENDER_PATH}`,
            contractsFinderUrl: `${server.base}${CONTRACTS_FINDER_PATH}`,
          },
        },
        { logger: false, importCouncils: false, imports: [PromptSyncModule] },
      ),
    );
  });

  afterAll(async () => {
    await harness?.close();
    await server.stop();
  });

  it('runs on its schedule, and readiness shows each source: a failing API never makes the app unready', async () => {
    await eventually(async () => (await syncCheck()).state === 'failing');

    const body = await readySyncCheck();
    expect(body.state).toBe('failing');
    const tenderReport = sourceOf(body.sources, 'find-a-tender');
    expect(tenderReport).toMatchObject({
      state: 'ok',
      lastError: null,
      errorsTotal: 0,
      releasesTotal: 30,
    });
    expect(Date.now() - Date.parse(tenderReport.lastSuccessAt!)).toBeLessThan(60_000);
    expect(tenderReport.lagSeconds).toBeLessThan(60 * 11);
    expect(sourceOf(body.sources, 'contracts-finder')).toMatchObject({
      state: 'failing',
      lastSuccessAt: null,
      errorsTotal: 1,
      lastError: expect.stringMatching(/HTTP 503 after 1 attempts/),
    });
  });

  it('gives last success, lag, errors and releases per source in /metrics', async () => {
    const metrics = (await harness.http().get('/metrics').expect(200)).text;
    const value = (name: string, source: string) =>
      Number(new RegExp(`^${name}\\{source="${source}"\\} (\\S+)$`, 'm').exec(metrics)?.[1]);

    const lastSuccess = value('lgx_contracts_sync_last_success_timestamp_seconds', 'find-a-tender');
    expect(Math.abs(Date.now() / 1000 - lastSuccess)).toBeLessThan(60);
    expect(value('lgx_contracts_sync_lag_seconds', 'find-a-tender')).toBeLessThan(60 * 11);
    expect(value('lgx_contracts_sync_errors_total', 'contracts-finder')).toBe(1);
    expect(value('lgx_contracts_sync_errors_total', 'find-a-tender')).toBe(0);
    expect(value('lgx_contracts_sync_releases_total', 'find-a-tender')).toBe(30);
    expect(metrics).toContain('# TYPE lgx_contracts_sync_errors_total counter');
    expect(metrics).not.toMatch(
      /lgx_contracts_sync_last_success_timestamp_seconds\{source="contracts-finder"\}/,
    );
  });

  it('links the synced contracts’ awarded suppliers to the supplier directory', async () => {
    const [suppliers] = await harness.dataSource.query(
      `SELECT count(*)::int AS awarded, count(*) FILTER (WHERE supplier_id IS NULL)::int AS unlinked
         FROM contract_supplier`,
    );
    expect(suppliers.awarded).toBeGreaterThan(0);
    expect(suppliers.unlinked).toBe(0);
  });

  it('is ok again once the API answers', async () => {
    server.servePages(
      CONTRACTS_FINDER_PATH,
      recordedPages(server.base, CONTRACTS_FINDER_PATH, sampleReleases().slice(0, 10), 10),
    );
    expect((await harness.app.get(ContractSyncService).runOnce()).ran).toBe(true);

    const body = await readySyncCheck();
    expect(body.state).toBe('ok');
    expect(sourceOf(body.sources, 'contracts-finder')).toMatchObject({
      state: 'ok',
      lastError: null,
      errorsTotal: 1,
    });
  });
});
