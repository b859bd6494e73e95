import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { buildDataSourceOptions } from '@lgx/api/core/database';
import { createTestDatabase, type TestDatabase } from '@lgx/api/testing';
import { buyerNameKey } from '@lgx/shared/domain';
import { DataSource } from 'typeorm';

import { CONTRACT_ENTITIES } from '../contracts.module';
import { registerRows, SAMPLE_FILE, sampleExpectations } from '../test/sample-expectations';
import { ContractImportService } from './contract-import.service';
import { ContractingProcessService } from './contracting-process.service';

const release = (ocid: string, id: string, date: string, body: Record<string, unknown> = {}) => ({
  ocid,
  id,
  date,
  tag: ['tender'],
  initiationType: 'tender',
  ...body,
});

describe('contracts import (PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let importer: ContractImportService;
  let dir: string;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    dataSource.query(sql, params) as Promise<T[]>;
  const file = async (name: string, text: string) => {
    const at = path.join(dir, name);
    await writeFile(at, text);
    return at;
  };
  const processOf = async (ocid: string) =>
    (await query('SELECT * FROM contracting_process WHERE ocid = $1', [ocid]))[0];

  beforeAll(async () => {
    // The import is a command, not a GraphQL feature: it runs on a data source, as the CLI does.
    database = await createTestDatabase();
    dataSource = await new DataSource(
      buildDataSourceOptions({ url: database.url, entities: CONTRACT_ENTITIES, migrations: [] }),
    ).initialize();
    importer = new ContractImportService(dataSource, new ContractingProcessService(dataSource));
    dir = await mkdtemp(path.join(tmpdir(), 'lgx-contracts-'));
    for (const row of registerRows())
      await query(
        `INSERT INTO council (code, gss_code, official_name, nice_name, alt_names, type_code, nation,
                              is_current, replaced_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING`,
        [
          row.code,
          row.gssCode,
          row.officialName,
          row.niceName,
          row.altNames,
          row.typeCode,
          row.nation,
          row.isCurrent,
          row.replacedBy,
        ],
      );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe('the Contracts Finder sample', () => {
    const expected = sampleExpectations();

    beforeEach(async () => {
      await query('TRUNCATE contract_release, contracting_process, contract_supplier');
    });

    it('loads every valid release into one process per ocid, refusing the invalid one with its position, path and reason', async () => {
      // Worked out from the file and the pure matcher, apart from the importer; and as counted by hand.
      expect({
        releases: expected.releases,
        processes: expected.processes,
        refused: expected.refusedPositions,
        byIdentifier: expected.matchedByIdentifier.length,
        byName: expected.matchedByName.length,
        unmatched: expected.unmatched.length,
        notACouncil: expected.notACouncil.length,
      }).toEqual({
        releases: 104,
        processes: 98,
        refused: ['/releases/59'],
        byIdentifier: 1,
        byName: 32,
        unmatched: 1,
        notACouncil: 64,
      });

      const report = await importer.importFile(SAMPLE_FILE);
      expect(report).toMatchObject({
        releasesRead: 104,
        releasesSeen: 0,
        processesCreated: 98,
        processesUpdated: 0,
        buyersMatched: 33,
        buyersMatchedBy: { identifier: 1, name: 32, decision: 0 },
        buyersUnmatched: 1,
        buyersNotACouncil: 64,
        refusedCount: 1,
        fileError: null,
      });
      expect(report.refused).toEqual([
        {
          number: 60,
          position: '/releases/59',
          problems: [{ path: '/tender/documents/1/url', reason: 'must match format "uri"' }],
        },
      ]);

      const [counts] = await query<{ processes: number; releases: number }>(
        `SELECT (SELECT count(*)::int FROM contracting_process) AS processes,
                (SELECT count(*)::int FROM contract_release) AS releases`,
      );
      expect(counts).toEqual({ processes: 98, releases: 103 });
      const how = await query<{ buyer_match: string; ocids: string[] }>(
        `SELECT buyer_match, array_agg(ocid ORDER BY ocid) AS ocids FROM contracting_process GROUP BY 1`,
      );
      const sorted = (ocids: string[]) => [...ocids].sort();
      expect(Object.fromEntries(how.map((row) => [row.buyer_match, row.ocids]))).toEqual({
        IDENTIFIER: sorted(expected.matchedByIdentifier),
        NAME: sorted(expected.matchedByName),
        UNMATCHED: sorted(expected.unmatched),
        NOT_A_COUNCIL: sorted(expected.notACouncil),
      });
      expect(await processOf(expected.matchedByIdentifier[0]!)).toMatchObject({
        buyer_name: 'Durham County Council',
        buyer_identifier_scheme: 'GB-LAE',
        buyer_identifier_id: 'DUR',
        buyer_council_code: 'DUR',
      });
      expect(await processOf(expected.unmatched[0]!)).toMatchObject({
        buyer_name: 'ENTERPRISE CHESHIRE AND WARRINGTON',
        buyer_council_code: null,
      });
    });

    it('compiles a process from its releases in date order though the newer comes first in the file', async () => {
      await importer.importFile(SAMPLE_FILE);
      // The award update of 10:07:26 corrects the value of 10:01:01 (10,932,000 to 109,320), yet comes first.
      const ocid = 'ocds-b5fd17-09a309a3-8541-48b9-91c4-411c52e5bd34';
      expect(await processOf(ocid)).toMatchObject({
        release_count: 2,
        last_release_id: '02d6ce8b-83f0-4993-869c-c177d2efbd52-832942',
        value_amount: '109320',
        value_currency: 'GBP',
        value_source: 'AWARD',
        buyer_name: 'Southampton City Council',
        buyer_council_code: 'STH',
        buyer_match: 'NAME',
        contract_end_source: 'AWARD',
        contract_end_certainty: 'EXPECTED',
        notice_urls: [
          'https://www.contractsfinder.service.gov.uk/Notice/02d6ce8b-83f0-4993-869c-c177d2efbd52',
        ],
      });
      expect((await processOf(ocid))!['last_release_date']).toEqual(
        new Date('2025-03-11T10:07:26Z'),
      );
      expect(
        await query('SELECT name, companies_house_number FROM contract_supplier WHERE ocid = $1', [
          ocid,
        ]),
      ).toEqual([{ name: 'PwC (PricewaterhouseCoopers)', companies_house_number: 'OC303525' }]);
    });

    it('changes nothing when the same file is imported again', async () => {
      await importer.importFile(SAMPLE_FILE);
      const snapshot = () =>
        query(
          `SELECT 'p' AS t, ocid AS k, xmin::text AS v FROM contracting_process
           UNION ALL SELECT 'r', ocid || release_id || release_date, xmin::text FROM contract_release
           UNION ALL SELECT 's', ocid || position, xmin::text FROM contract_supplier ORDER BY 1, 2`,
        );
      const before = await snapshot();
      const again = await importer.importFile(SAMPLE_FILE);
      expect(again).toMatchObject({
        releasesRead: expected.releases,
        releasesSeen: expected.releases - expected.refusedPositions.length,
        processesCreated: 0,
        processesUpdated: 0,
        buyersMatched: 0,
        buyersUnmatched: 0,
        buyersNotACouncil: 0,
        refusedCount: expected.refusedPositions.length,
      });
      expect(await snapshot()).toEqual(before);
    });
  });

  it('never lets an older release overwrite a newer one, even when it arrives later', async () => {
    const ocid = 'ocds-test-order';
    const newer = release(ocid, 'r2', '2025-02-01T00:00:00Z', {
      tag: ['award'],
      tender: { id: 't', title: 'New title' },
      awards: [{ id: 'a', status: 'active', value: { amount: 200, currency: 'GBP' } }],
    });
    const older = release(ocid, 'r1', '2025-01-01T00:00:00Z', {
      tender: { id: 't', title: 'Old title', description: 'Only the older release says this' },
      awards: [{ id: 'a', status: 'pending', value: { amount: 100, currency: 'GBP' } }],
    });
    await importer.importFile(await file('newer.jsonl', JSON.stringify(newer)));
    const report = await importer.importFile(await file('older.jsonl', JSON.stringify(older)));
    expect(report).toMatchObject({ processesCreated: 0, processesUpdated: 1 });
    expect(await processOf(ocid)).toMatchObject({
      title: 'New title',
      description: 'Only the older release says this',
      value_amount: '200',
      value_source: 'AWARD',
      release_count: 2,
      last_release_id: 'r2',
    });
  });

  it('refuses a malformed release with its path and reason, and loads the rest of the file', async () => {
    const { date: _date, ...undated } = release('ocds-test-bad-2', 'r', '2025-01-01T00:00:00Z');
    const at = await file(
      'malformed.json',
      JSON.stringify({
        releases: [
          release('ocds-test-bad-1', 'r', '2025-01-01T00:00:00Z'),
          undated,
          release('ocds-test-bad-3', 'r', 'yesterday'),
          release('ocds-test-bad-4', 'r', '2025-01-01T00:00:00Z', {
            tender: { id: 't', value: { amount: 'lots' } },
          }),
          release('ocds-test-bad-5', 'r', '2025-01-01T00:00:00Z'),
        ],
      }),
    );
    const report = await importer.importFile(at);
    expect(report).toMatchObject({ releasesRead: 5, processesCreated: 2, refusedCount: 3 });
    expect(report.refused).toEqual([
      { number: 2, position: '/releases/1', problems: [{ path: '/', reason: 'must have date' }] },
      {
        number: 3,
        position: '/releases/2',
        problems: [{ path: '/date', reason: 'must match format "date-time"' }],
      },
      {
        number: 4,
        position: '/releases/3',
        problems: [expect.objectContaining({ path: '/tender/value/amount' })],
      },
    ]);
    const loaded = await query<{ ocid: string }>(
      `SELECT ocid FROM contracting_process WHERE ocid LIKE 'ocds-test-bad-%' ORDER BY ocid`,
    );
    expect(loaded.map((row) => row.ocid)).toEqual(['ocds-test-bad-1', 'ocds-test-bad-5']);
  });

  // What the schema allows but PostgreSQL cannot hold: found before writing, or refused by the database.
  it.each([
    [
      'a NUL character',
      { tender: { id: 't', title: 'A\u0000B' } },
      { path: '/tender/title', reason: expect.stringMatching(/NUL character/) },
    ],
    [
      'an id too long to index',
      { id: randomBytes(4000).toString('hex') },
      { path: '/', reason: expect.stringMatching(/^cannot be stored: /) },
    ],
  ])(
    'refuses a release PostgreSQL cannot store (%s) and loads the rest',
    async (_, fault, problem) => {
      const ocid = `ocds-test-store-${randomBytes(4).toString('hex')}`;
      const at = await file(
        `${ocid}.jsonl`,
        [
          { ...release(`${ocid}-1`, 'r', '2025-01-01T00:00:00Z'), ...fault },
          release(`${ocid}-2`, 'r', '2025-01-01T00:00:00Z'),
        ]
          .map((line) => JSON.stringify(line))
          .join('\n'),
      );
      const report = await importer.importFile(at);
      expect(report).toMatchObject({ fileError: null, processesCreated: 1, refusedCount: 1 });
      expect(report.refused[0]).toMatchObject({ position: 'line 1', problems: [problem] });
      const stored = await query<{ ocid: string }>(
        'SELECT ocid FROM contract_release WHERE ocid LIKE $1',
        [`${ocid}-%`],
      );
      expect(stored).toEqual([{ ocid: `${ocid}-2` }]);
    },
  );

  it('loads a record package, and JSON Lines of releases with a line that is not JSON', async () => {
    const records = await file(
      'records.json',
      JSON.stringify({
        records: [
          {
            ocid: 'ocds-test-rec-1',
            releases: [
              release('ocds-test-rec-1', 'a', '2025-01-01T00:00:00Z', {
                tender: { id: 't', title: 'First' },
              }),
              release('ocds-test-rec-1', 'b', '2025-01-02T00:00:00Z', {
                tender: { id: 't', title: 'Second' },
              }),
            ],
          },
          {
            ocid: 'ocds-test-rec-2',
            releases: [{ url: 'https://example.test/r', date: '2025-01-01T00:00:00Z' }],
            compiledRelease: release('ocds-test-rec-2', 'c', '2025-01-01T00:00:00Z'),
          },
        ],
      }),
    );
    expect(await importer.importFile(records)).toMatchObject({
      releasesRead: 3,
      processesCreated: 2,
      refusedCount: 0,
    });
    expect(await processOf('ocds-test-rec-1')).toMatchObject({ title: 'Second', release_count: 2 });

    const lines = await file(
      'releases.jsonl',
      [
        JSON.stringify(release('ocds-test-line-1', 'a', '2025-01-01T00:00:00Z')),
        '{ not json',
        JSON.stringify(release('ocds-test-line-2', 'a', '2025-01-01T00:00:00Z')),
      ].join('\n'),
    );
    const report = await importer.importFile(lines);
    expect(report).toMatchObject({ releasesRead: 3, processesCreated: 2, refusedCount: 1 });
    expect(report.refused[0]).toMatchObject({ number: 2, position: 'line 2' });
  });

  describe('buyers', () => {
    const buyer = (ocid: string, name: string, identifier: Record<string, string> = {}) =>
      release(ocid, 'a', '2025-01-01T00:00:00Z', {
        buyer: { id: 'B', name },
        parties: [{ id: 'B', name, roles: ['buyer'], identifier }],
      });
    const importBuyers = async (name: string, releases: Record<string, unknown>[]) =>
      importer.importFile(
        await file(name, releases.map((line) => JSON.stringify(line)).join('\n')),
      );
    const buyerOf = async (ocid: string) => {
      const row = await processOf(ocid);
      return { code: row?.['buyer_council_code'], how: row?.['buyer_match'] };
    };
    const decide = (name: string, councilCode: string | null) =>
      query(
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
      expect((await processOf('ocds-test-buyer-2'))?.['buyer_candidates']).toEqual(['DER']);
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

  it('reports a file that is not OCDS, having loaded what came before the fault', async () => {
    const at = await file(
      'truncated.json',
      `{"releases": [${JSON.stringify(release('ocds-test-cut-1', 'a', '2025-01-01T00:00:00Z'))}, {"oc`,
    );
    const report = await importer.importFile(at);
    expect(report.fileError).toMatch(/not valid JSON/);
    expect(report).toMatchObject({ releasesRead: 1, processesCreated: 1 });
  });
});
