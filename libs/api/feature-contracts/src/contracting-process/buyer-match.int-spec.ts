import { buyerNameKey } from '@lgx/shared/domain';

import {
  type ContractsTestDatabase,
  openContractsTestDatabase,
  testRelease as release,
} from '../test/contracts-test-database';

describe('buyers of imported processes (PostgreSQL)', () => {
  let db: ContractsTestDatabase;
  beforeAll(async () => {
    db = await openContractsTestDatabase();
  });
  afterAll(() => db?.close());

  const buyer = (ocid: string, name: string, identifier: Record<string, string> = {}) =>
    release(ocid, 'a', '2025-01-01T00:00:00Z', {
      buyer: { id: 'B', name },
      parties: [{ id: 'B', name, roles: ['buyer'], identifier }],
    });
  const importBuyers = async (name: string, releases: Record<string, unknown>[]) =>
    db.importer.importFile(
      await db.file(name, releases.map((line) => JSON.stringify(line)).join('\n')),
    );
  const buyerOf = async (ocid: string) => {
    const row = await db.processOf(ocid);
    return { code: row?.['buyer_council_code'], how: row?.['buyer_match'] };
  };
  const decide = (name: string, councilCode: string | null) =>
    db.query(
      `INSERT INTO contract_buyer_decision (name_key, buyer_name, council_code) VALUES ($1, $2, $3)`,
      [buyerNameKey(name), name, councilCode],
    );

  it('matches a buyer by an identifier the register knows, else by its name, and leaves a doubt for an admin', async () => {
    const report = await importBuyers('buyers.jsonl', [
      buyer('ocds-test-buyer-1', 'Derby City Council', { scheme: 'GB-SRS', id: 'E06000015' }),
      // A council's name with a Companies House number: perhaps a company the council owns.
      buyer('ocds-test-buyer-2', 'Derby City Council', { scheme: 'GB-COH', id: 'DER' }),
      buyer('ocds-test-buyer-3', 'Derby City Council', { legalName: 'Derby City Council' }),
    ]);
    expect(report).toMatchObject({
      buyersMatched: 2,
      buyersMatchedBy: { identifier: 1, name: 1, decision: 0 },
      buyersUnmatched: 1,
      buyersNotACouncil: 0,
    });
    expect(await buyerOf('ocds-test-buyer-1')).toEqual({ code: 'DER', how: 'IDENTIFIER' });
    expect(await buyerOf('ocds-test-buyer-2')).toEqual({ code: null, how: 'UNMATCHED' });
    expect((await db.processOf('ocds-test-buyer-2'))?.['buyer_candidates']).toEqual(['DER']);
    expect(await buyerOf('ocds-test-buyer-3')).toEqual({ code: 'DER', how: 'NAME' });
  });

  it("matches a council's department by the council's name, and leaves a parish council out", async () => {
    const report = await importBuyers('names.jsonl', [
      buyer('ocds-test-name-1', "Derby City Council - Children's Services"),
      buyer('ocds-test-name-2', 'Little Eaton Parish Council'),
    ]);
    expect(report).toMatchObject({
      buyersMatchedBy: { identifier: 0, name: 1, decision: 0 },
      buyersUnmatched: 0,
      buyersNotACouncil: 1,
    });
    expect(await buyerOf('ocds-test-name-1')).toEqual({ code: 'DER', how: 'NAME' });
    expect(await buyerOf('ocds-test-name-2')).toEqual({ code: null, how: 'NOT_A_COUNCIL' });
  });

  it("follows an admin's remembered decision over the name, but an identifier over a decision", async () => {
    // The matcher reads the first as a shared procurement unit, the others as councils.
    await decide('Derby Shared Services', 'DER');
    await decide('Nottingham City Council', 'NTT');
    await decide('Derbyshire County Council', null);
    const report = await importBuyers('decided.jsonl', [
      buyer('ocds-test-decided-1', 'DERBY SHARED SERVICES'),
      buyer('ocds-test-decided-2', 'NOTTINGHAM CITY COUNCIL'),
      buyer('ocds-test-decided-3', 'Derbyshire County Council'),
      buyer('ocds-test-decided-4', 'Nottingham City Council', {
        scheme: 'GB-LAE',
        id: 'NGM',
      }),
    ]);
    expect(report).toMatchObject({
      buyersMatched: 3,
      buyersMatchedBy: { identifier: 1, name: 0, decision: 2 },
      buyersNotACouncil: 1,
    });
    expect(await buyerOf('ocds-test-decided-1')).toEqual({ code: 'DER', how: 'DECIDED' });
    expect(await buyerOf('ocds-test-decided-2')).toEqual({ code: 'NTT', how: 'DECIDED' });
    expect(await buyerOf('ocds-test-decided-3')).toEqual({ code: null, how: 'NOT_A_COUNCIL' });
    expect(await buyerOf('ocds-test-decided-4')).toEqual({ code: 'NGM', how: 'IDENTIFIER' });
  });
});
