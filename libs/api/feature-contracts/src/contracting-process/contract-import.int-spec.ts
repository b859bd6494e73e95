import { randomBytes } from 'node:crypto';

import {
  type ContractsTestDatabase,
  openContractsTestDatabase,
  testRelease as release,
} from '../test/contracts-test-database';
import { SAMPLE_FILE, sampleExpectations } from '../test/sample-expectations';

describe('contracts import (PostgreSQL)', () => {
  let db: ContractsTestDatabase;
  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    db.query<T>(sql, params);
  const file = (name: string, text: string) => db.file(name, text);
  const processOf = (ocid: string) => db.processOf(ocid);
  const importFile = (at: string) => db.importer.importFile(at);

  beforeAll(async () => {
    db = await openContractsTestDatabase();
  });
  afterAll(() => db?.close());

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

      const report = await importFile(SAMPLE_FILE);
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
      await importFile(SAMPLE_FILE);
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
      await importFile(SAMPLE_FILE);
      const snapshot = () =>
        query(
          `SELECT 'p' AS t, ocid AS k, xmin::text AS v FROM contracting_process
           UNION ALL SELECT 'r', ocid || release_id || release_date, xmin::text FROM contract_release
           UNION ALL SELECT 's', ocid || position, xmin::text FROM contract_supplier ORDER BY 1, 2`,
        );
      const before = await snapshot();
      const again = await importFile(SAMPLE_FILE);
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
    await importFile(await file('newer.jsonl', JSON.stringify(newer)));
    const report = await importFile(await file('older.jsonl', JSON.stringify(older)));
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
    const report = await importFile(at);
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
      const report = await importFile(at);
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
    expect(await importFile(records)).toMatchObject({
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
    const report = await importFile(lines);
    expect(report).toMatchObject({ releasesRead: 3, processesCreated: 2, refusedCount: 1 });
    expect(report.refused[0]).toMatchObject({ number: 2, position: 'line 2' });
  });

  it('reports a file that is not OCDS, having loaded what came before the fault', async () => {
    const at = await file(
      'truncated.json',
      `{"releases": [${JSON.stringify(release('ocds-test-cut-1', 'a', '2025-01-01T00:00:00Z'))}, {"oc`,
    );
    const report = await importFile(at);
    expect(report.fileError).toMatch(/not valid JSON/);
    expect(report).toMatchObject({ releasesRead: 1, processesCreated: 1 });
  });
});
