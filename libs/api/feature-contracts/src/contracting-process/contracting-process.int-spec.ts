import { randomBytes } from 'node:crypto';

import {
  type ContractsTestDatabase,
  openContractsTestDatabase,
  testRelease as release,
} from '../test/contracts-test-database';
import { loadBuyerMatcher } from './buyer-match';
import { IMPORT_BATCH_RELEASES } from './contract-import.service';

/** A release of a process with a title and an award value, to see which release won. */
const titled = (ocid: string, id: string, date: string, title: string, amount: number) =>
  release(ocid, id, date, {
    tender: { id: 't', title },
    awards: [{ id: 'a', status: 'active', value: { amount, currency: 'GBP' } }],
  });

describe('contracting processes from batches of releases (PostgreSQL)', () => {
  let db: ContractsTestDatabase;
  beforeAll(async () => {
    db = await openContractsTestDatabase();
  });
  afterAll(() => db?.close());

  const apply = async (releases: Record<string, unknown>[]) =>
    db.processes.applyReleases(releases, await loadBuyerMatcher(db.dataSource.manager));

  it('answers each release of a batch in order, as applying them one by one would', async () => {
    const a1 = titled('ocds-batch-a', '1', '2025-01-01T00:00:00Z', 'A one', 1);
    const outcomes = await apply([
      a1,
      titled('ocds-batch-a', '2', '2025-01-02T00:00:00Z', 'A two', 2),
      { ...a1 },
      titled('ocds-batch-b', '1', '2025-01-01T00:00:00Z', 'B one', 1),
      titled('ocds-batch-c', randomBytes(4000).toString('hex'), '2025-01-01T00:00:00Z', 'C', 1),
      titled('ocds-batch-d', '1', '2025-01-01T00:00:00Z', 'D one', 1),
    ]);
    expect(outcomes).toEqual([
      'CREATED',
      'UPDATED',
      'SEEN',
      'CREATED',
      { path: '/', reason: expect.stringMatching(/^cannot be stored: /) },
      'CREATED',
    ]);
    expect(await db.processOf('ocds-batch-a')).toMatchObject({ title: 'A two', release_count: 2 });
    expect(await db.processOf('ocds-batch-c')).toBeUndefined();
    // The one-release path (the sync's) sees what the batch stored.
    expect(await db.processes.applyRelease(a1)).toBe('SEEN');
  });

  it('refuses a release whose process PostgreSQL cannot store (a contract ending in year 0) alone', async () => {
    const yearZero = release('ocds-batch-year-0', '1', '2025-01-01T00:00:00Z', {
      tender: { id: 't', contractPeriod: { endDate: '0000-01-01T00:00:00Z' } },
    });
    const outcomes = await apply([
      titled('ocds-batch-year-1', '1', '2025-01-01T00:00:00Z', 'Before', 1),
      yearZero,
      titled('ocds-batch-year-2', '1', '2025-01-01T00:00:00Z', 'After', 1),
    ]);
    expect(outcomes).toEqual([
      'CREATED',
      { path: '/', reason: expect.stringMatching(/^cannot be stored: .*out of range/) },
      'CREATED',
    ]);
    const [stored] = await db.query<{ releases: number; processes: number }>(
      `SELECT (SELECT count(*)::int FROM contract_release WHERE ocid LIKE 'ocds-batch-year-%') AS releases,
              (SELECT count(*)::int FROM contracting_process WHERE ocid LIKE 'ocds-batch-year-%') AS processes`,
    );
    expect(stored).toEqual({ releases: 2, processes: 2 });
  });

  it('merges releases of one process in date order within a batch and across batches', async () => {
    const ocid = 'ocds-batch-order';
    expect(
      await apply([
        titled(ocid, 'r3', '2025-03-01T00:00:00Z', 'Third', 300),
        titled(ocid, 'r1', '2025-01-01T00:00:00Z', 'First', 100),
      ]),
    ).toEqual(['CREATED', 'UPDATED']);
    expect(await db.processOf(ocid)).toMatchObject({ title: 'Third', last_release_id: 'r3' });
    // An older release arriving late, with a newer one, in one batch: a recompile from all four.
    expect(
      await apply([
        titled(ocid, 'r4', '2025-04-01T00:00:00Z', 'Fourth', 400),
        titled(ocid, 'r2', '2025-02-01T00:00:00Z', 'Second', 200),
      ]),
    ).toEqual(['UPDATED', 'UPDATED']);
    expect(await db.processOf(ocid)).toMatchObject({
      title: 'Fourth',
      value_amount: '400',
      release_count: 4,
      last_release_id: 'r4',
    });
    // Only an older one: the newest stays.
    await apply([titled(ocid, 'r0', '2024-12-01T00:00:00Z', 'Zeroth', 1)]);
    expect(await db.processOf(ocid)).toMatchObject({
      title: 'Fourth',
      release_count: 5,
      last_release_id: 'r4',
    });
  });

  it('lets two batches of the same processes run at once without a deadlock', async () => {
    const ocids = Array.from({ length: 40 }, (_, n) => `ocds-batch-both-${n}`);
    const batch = (order: string[], id: string) =>
      order.map((ocid, n) => titled(ocid, id, `2025-01-0${id}T00:00:00Z`, `${ocid} ${id}`, n));
    await Promise.all([
      apply(batch(ocids, '1')),
      apply(batch([...ocids].reverse(), '2')),
      apply(batch(ocids.slice(10), '3')),
    ]);
    const rows = await db.query<{ release_count: number; last_release_id: string }>(
      `SELECT release_count, last_release_id FROM contracting_process WHERE ocid = ANY($1)`,
      [ocids],
    );
    expect(rows).toHaveLength(40);
    expect(rows.every((row) => row.last_release_id === (row.release_count === 3 ? '3' : '2'))).toBe(
      true,
    );
    expect(rows.filter((row) => row.release_count === 3)).toHaveLength(30);
  });

  it('imports a file of many batches, refusing in file order, whatever batch a refusal falls in', async () => {
    const count = IMPORT_BATCH_RELEASES * 2 + 20;
    const lines = Array.from({ length: count }, (_, n) => {
      const ocid = `ocds-batch-file-${n % 700}`;
      const id = `r${Math.floor(n / 700)}`;
      if (n === 10) return '{ not json';
      if (n === IMPORT_BATCH_RELEASES + 3)
        return JSON.stringify(
          titled(ocid, randomBytes(4000).toString('hex'), '2025-01-01T00:00:00Z', 'x', 1),
        );
      if (n === count - 1) return JSON.stringify({ ...release(ocid, id, 'yesterday') });
      return JSON.stringify(
        titled(ocid, id, `2025-01-0${1 + Math.floor(n / 700)}T00:00:00Z`, `${n}`, n),
      );
    });
    const at = await db.file('many.jsonl', lines.join('\n'));
    const progress: number[] = [];
    const report = await db.importer.importFile(at, {
      onProgress: (written) => progress.push(written),
    });
    expect(progress).toEqual([IMPORT_BATCH_RELEASES, IMPORT_BATCH_RELEASES * 2, count]);
    expect(report.refused.map((refusal) => refusal.number)).toEqual([
      11,
      IMPORT_BATCH_RELEASES + 4,
      count,
    ]);
    // Process 503 had only the refused release.
    expect(report).toMatchObject({ releasesRead: count, refusedCount: 3, processesCreated: 699 });
    const [stored] = await db.query<{ releases: number }>(
      `SELECT count(*)::int AS releases FROM contract_release WHERE ocid LIKE 'ocds-batch-file-%'`,
    );
    expect(stored!.releases).toBe(count - 3);
    expect(await db.importer.importFile(at)).toMatchObject({
      releasesSeen: count - 3,
      processesUpdated: 0,
      processesCreated: 0,
    });
  });
});
