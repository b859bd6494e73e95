import {
  type ContractsTestDatabase,
  openContractsTestDatabase,
  testRelease,
} from '../test/contracts-test-database';

/** An award release with these suppliers (none: no award). */
const awarded = (ocid: string, id: string, date: string, suppliers: string[]) =>
  testRelease(ocid, id, date, {
    tag: ['award'],
    buyer: { id: 'B1', name: 'Derby City Council' },
    parties: [{ id: 'B1', name: 'Derby City Council', roles: ['buyer'] }],
    tender: { id: `${ocid}-t`, title: `Contract ${ocid}` },
    awards:
      suppliers.length > 0
        ? [
            {
              id: 'A1',
              status: 'active',
              suppliers: suppliers.map((name, n) => ({ id: `S${n}`, name })),
            },
          ]
        : [],
  });

const lines = (releases: object[]) => releases.map((release) => JSON.stringify(release)).join('\n');

/**
 * The search outbox holds one row per contract a batch changed: suppliers
 * removed before their process is written again do not enqueue it a second
 * time (no indexer runs here, so every row the import wrote stays to count).
 */
describe('contracts in the search outbox (PostgreSQL)', () => {
  let db: ContractsTestDatabase;
  const outboxRows = async () =>
    (
      await db.query<{ ocid: string; rows: number }>(
        `SELECT entity_id AS ocid, count(*)::int AS rows FROM search_outbox
          WHERE entity_type = 'contract' GROUP BY 1 ORDER BY 1`,
      )
    ).map((row) => [row.ocid, row.rows]);

  beforeAll(async () => {
    db = await openContractsTestDatabase();
  });
  afterAll(() => db?.close());

  beforeEach(() =>
    db.query('TRUNCATE contract_release, contracting_process, contract_supplier, search_outbox'),
  );

  it('enqueues each contract a re-import changed once, and none it left unchanged', async () => {
    const first = [
      awarded('ocds-ob-1', 'r1', '2025-01-01T00:00:00Z', ['Alpha Ltd']),
      awarded('ocds-ob-2', 'r1', '2025-01-01T00:00:00Z', ['Beta Ltd', 'Gamma Ltd']),
      awarded('ocds-ob-3', 'r1', '2025-01-01T00:00:00Z', ['Delta Ltd']),
      awarded('ocds-ob-4', 'r1', '2025-01-01T00:00:00Z', []),
    ];
    await db.importer.importFile(await db.file('first.jsonl', lines(first)));
    expect(await outboxRows()).toEqual([
      ['ocds-ob-1', 1],
      ['ocds-ob-2', 1],
      ['ocds-ob-3', 1],
      ['ocds-ob-4', 1],
    ]);
    await db.query('TRUNCATE search_outbox');

    // Changed: 1 (new supplier), 2 (suppliers dropped), 4 (gains one); 3 is the same release again.
    const again = [
      ...first,
      awarded('ocds-ob-1', 'r2', '2025-02-01T00:00:00Z', ['Epsilon Ltd']),
      awarded('ocds-ob-2', 'r2', '2025-02-01T00:00:00Z', []),
      awarded('ocds-ob-4', 'r2', '2025-02-01T00:00:00Z', ['Zeta Ltd']),
    ];
    const report = await db.importer.importFile(await db.file('again.jsonl', lines(again)));
    expect(report.processesUpdated).toBe(3);
    expect(await outboxRows()).toEqual([
      ['ocds-ob-1', 1],
      ['ocds-ob-2', 1],
      ['ocds-ob-4', 1],
    ]);
  });

  it('still enqueues a contract whose suppliers change on their own', async () => {
    await db.importer.importFile(
      await db.file(
        'one.jsonl',
        lines([awarded('ocds-ob-9', 'r1', '2025-01-01T00:00:00Z', ['Alpha Ltd'])]),
      ),
    );
    await db.query('TRUNCATE search_outbox');
    await db.query(`UPDATE contract_supplier SET name = 'Alpha Limited' WHERE ocid = 'ocds-ob-9'`);
    await db.query(`DELETE FROM contract_supplier WHERE ocid = 'ocds-ob-9'`);
    expect(await outboxRows()).toEqual([['ocds-ob-9', 2]]);
  });
});
