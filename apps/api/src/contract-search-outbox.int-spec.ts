import { SearchClient, SearchIndexer } from '@lgx/api/core/search';
import { ContractingProcessService } from '@lgx/api/feature-contracts';
import { bootTestApp, seedTestCouncils, type TestApp } from '@lgx/api/testing';

import { createApp } from './bootstrap';

/** The search id of an ocid Meilisearch takes as it is, or "_" and its UTF-8 bytes in hex. */
const contractSearchId = (ocid: string) =>
  /^[A-Za-z0-9-]+$/.test(ocid) ? ocid : `_${Buffer.from(ocid, 'utf8').toString('hex')}`;

/** A minimal valid release of a process bought by a council of the register. */
const release = (ocid: string, id: string, date: string, title: string, suppliers: string[]) => ({
  ocid,
  id,
  date,
  tag: ['award'],
  initiationType: 'tender',
  parties: [
    {
      id: 'B1',
      name: 'Stockport Council',
      roles: ['buyer'],
      identifier: { scheme: 'GB-LAE', id: 'SKP' },
    },
  ],
  buyer: { id: 'B1', name: 'Stockport Council' },
  tender: { id: 'T1', title },
  awards: [
    { id: 'A1', status: 'active', suppliers: suppliers.map((name, n) => ({ id: `S${n}`, name })) },
  ],
});

describe('contracts reach the search index through the outbox', () => {
  let harness: TestApp;
  const settle = () => harness.app.get(SearchIndexer).settle();
  const apply = (...args: Parameters<typeof release>) =>
    harness.app.get(ContractingProcessService).applyRelease(release(...args));
  const documentOf = async (ocid: string) => {
    const client = harness.app.get(SearchClient);
    const index = client.meili.index(client.indexName('contracts'));
    const found = await index.getDocuments({ ids: [contractSearchId(ocid)], limit: 1 });
    return found.results[0] as Record<string, unknown> | undefined;
  };
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    harness.dataSource.query(text, params) as Promise<T[]>;

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createApp(config, { logger: false, importCouncils: false }),
    );
    await seedTestCouncils(harness.dataSource);
  });
  afterAll(() => harness?.close());

  it('indexes a new process, and again when a newer release changes it', async () => {
    await apply('ocds-lgxo-1', 'r1', '2024-01-01T00:00:00Z', 'Street lighting', ['Lumen Ltd']);
    await settle();
    expect(await documentOf('ocds-lgxo-1')).toMatchObject({
      title: 'Street lighting',
      supplier: ['Lumen Ltd'],
      buyerCouncil: 'Stockport',
      visibility: 'public',
    });
    await apply('ocds-lgxo-1', 'r2', '2024-02-01T00:00:00Z', 'Street lighting PFI', ['Lux plc']);
    await settle();
    expect(await documentOf('ocds-lgxo-1')).toMatchObject({
      title: 'Street lighting PFI',
      supplier: ['Lux plc'],
    });
  });

  it('indexes a change to the suppliers alone', async () => {
    await apply('ocds-lgxo-2', 'r1', '2024-01-01T00:00:00Z', 'Payroll', ['Old Name Ltd']);
    await settle();
    await sql(`UPDATE contract_supplier SET name = 'New Name Ltd' WHERE ocid = 'ocds-lgxo-2'`);
    await settle();
    expect((await documentOf('ocds-lgxo-2'))?.['supplier']).toEqual(['New Name Ltd']);
    await sql(`DELETE FROM contract_supplier WHERE ocid = 'ocds-lgxo-2'`);
    await settle();
    expect((await documentOf('ocds-lgxo-2'))?.['supplier']).toEqual([]);
  });

  it('indexes a council’s contracts again when the council is renamed', async () => {
    await sql(
      `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, is_current)
       VALUES ('BOL', 'Bolton Council', 'Bolton', 'MD', 'England', 'North West', true)`,
    );
    const bolton = { ...release('ocds-lgxo-3', 'r1', '2024-01-01T00:00:00Z', 'Leisure', []) };
    bolton.parties[0] = {
      ...bolton.parties[0]!,
      name: 'Bolton Council',
      identifier: { scheme: 'GB-LAE', id: 'BOL' },
    };
    bolton.buyer.name = 'Bolton Council';
    await harness.app.get(ContractingProcessService).applyRelease(bolton);
    await settle();
    expect((await documentOf('ocds-lgxo-3'))?.['buyerCouncil']).toBe('Bolton');
    await sql(`UPDATE council SET nice_name = 'Bolton Borough' WHERE code = 'BOL'`);
    await settle();
    expect(await documentOf('ocds-lgxo-3')).toMatchObject({
      buyerCouncil: 'Bolton Borough',
      councilName: 'Bolton Borough',
    });
  });

  it('takes a deleted process out of the index', async () => {
    await apply('ocds-lgxo-4', 'r1', '2024-01-01T00:00:00Z', 'Catering', []);
    await settle();
    expect(await documentOf('ocds-lgxo-4')).toBeDefined();
    await sql(`DELETE FROM contracting_process WHERE ocid = 'ocds-lgxo-4'`);
    await settle();
    expect(await documentOf('ocds-lgxo-4')).toBeUndefined();
  });

  it('indexes an ocid Meilisearch would refuse as an id, under the same id the database computes', async () => {
    const ocid = 'ocds-lgxo/2024:5 é';
    await apply(ocid, 'r1', '2024-01-01T00:00:00Z', 'Translation services', []);
    await settle();
    const [{ id }] = await sql<{ id: string }>(`SELECT contract_search_id($1) AS id`, [ocid]);
    expect(id).toBe(contractSearchId(ocid));
    expect(await documentOf(ocid)).toMatchObject({
      ocid,
      url: `/contracts/${encodeURIComponent(ocid)}`,
    });
    const long = `ocds-${'é'.repeat(300)}`;
    const [{ id: longId }] = await sql<{ id: string }>(`SELECT contract_search_id($1) AS id`, [
      long,
    ]);
    expect(longId).toMatch(/^__[0-9a-f]{64}$/);
  });

  it('enqueues a process once for a release that rewrites it and its suppliers', async () => {
    await apply('ocds-lgxo-6', 'r1', '2024-01-01T00:00:00Z', 'Audit', ['A Ltd', 'B Ltd']);
    await settle();
    const runner = harness.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      // What applyRelease writes for a newer release: the process, then its suppliers again.
      await runner.query(
        `UPDATE contracting_process SET title = 'Audit 2', updated_at = now() WHERE ocid = 'ocds-lgxo-6'`,
      );
      await runner.query(`DELETE FROM contract_supplier WHERE ocid = 'ocds-lgxo-6'`);
      await runner.query(
        `INSERT INTO contract_supplier (ocid, position, name) VALUES ('ocds-lgxo-6', 0, 'C Ltd')`,
      );
      const rows = await runner.query(
        `SELECT entity_id FROM search_outbox WHERE entity_type = 'contract' AND entity_id = 'ocds-lgxo-6'`,
      );
      expect(rows).toHaveLength(1);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    // A statement over many processes writes one row for each.
    const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM search_outbox`);
    const runner2 = harness.dataSource.createQueryRunner();
    await runner2.startTransaction();
    try {
      await runner2.query(`UPDATE contracting_process SET title = title || '.'`);
      const [{ n }] = await runner2.query(`SELECT count(*)::int AS n FROM search_outbox`);
      const [{ processes }] = await runner2.query(
        `SELECT count(*)::int AS processes FROM contracting_process`,
      );
      expect(n - before[0]!.n).toBe(processes);
    } finally {
      await runner2.rollbackTransaction();
      await runner2.release();
    }
  });
});
