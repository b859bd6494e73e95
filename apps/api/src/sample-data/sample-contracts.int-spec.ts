import { bootTestApp, type TestApp } from '@lgx/api/testing';

import { createApp } from '../bootstrap';
import { loadSampleContracts } from './sample-contracts';

describe('sample contracts', () => {
  let harness: TestApp;
  // What every row holds, with its row version: a second load must change none of them.
  const snapshot = () =>
    harness.dataSource.query(
      `SELECT 'p' AS t, ocid AS k, xmin::text AS v FROM contracting_process
       UNION ALL SELECT 'r', ocid || release_id || release_date, xmin::text FROM contract_release
       UNION ALL SELECT 's', ocid || position, xmin::text FROM contract_supplier ORDER BY 1, 2`,
    );

  beforeAll(async () => {
    // As `npm start` runs it: a development platform loads its sample content at start.
    harness = await bootTestApp((config) =>
      createApp({ ...config, environment: 'development' }, { logger: false }),
    );
  });
  afterAll(() => harness?.close());

  it('are the shared Contracts Finder sample, imported at start, with its buyers matched', async () => {
    const [counts] = await harness.dataSource.query(
      `SELECT count(*)::int AS processes,
              count(*) FILTER (WHERE buyer_council_code IS NOT NULL)::int AS matched,
              (SELECT count(*)::int FROM contract_release) AS releases
         FROM contracting_process`,
    );
    expect(counts).toEqual({ processes: 98, matched: 33, releases: 103 });
  });

  it('change nothing when loaded again, as on a second start', async () => {
    const before = await snapshot();
    const again = await loadSampleContracts(harness.app);
    expect(again).toMatchObject({
      releasesRead: 104,
      releasesSeen: 103,
      refusedCount: 1,
      processesCreated: 0,
      processesUpdated: 0,
    });
    expect(await snapshot()).toEqual(before);
  });
});
