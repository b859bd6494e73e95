import { VISITOR } from '@lgx/api/core/auth';
import { type ContractEnding, ContractEndings } from '@lgx/api/core/contracts';

import {
  type ContractsTestDatabase,
  openContractsTestDatabase,
  testRelease as release,
} from '../test/contracts-test-database';
import { loadBuyerMatcher } from './buyer-match';
import { ContractingProcessEndingService } from './contracting-process-ending.service';

/** Another council's contract, not stored: what the radar finds peers of. */
const ours = (
  endsOn: string,
  supplier: ContractEnding['suppliers'][number],
  councilCode = 'WSK',
): ContractEnding => ({
  id: 'experience:ours',
  source: 'SUPPLIER_EXPERIENCE',
  councilCode,
  cpvCode: '30200000',
  endsOn,
  basis: 'CONTRACT_END',
  certainty: null,
  supplierName: supplier.name,
  suppliers: [supplier],
  ocid: null,
  title: null,
  valueAmount: null,
  valueCurrency: null,
});

describe('public contract peers by supplier (PostgreSQL)', () => {
  let db: ContractsTestDatabase;
  let endings: ContractingProcessEndingService;
  beforeAll(async () => {
    db = await openContractsTestDatabase();
    endings = new ContractingProcessEndingService(db.dataSource, new ContractEndings());
  });
  afterAll(() => db?.close());

  const peersOf = async (contract: ContractEnding, perContract = 5) =>
    (
      await endings.findPeers({
        of: [contract],
        excludeCouncilCode: contract.councilCode,
        withinMonths: 12,
        perContract,
        reader: VISITOR,
      })
    )
      .map((peer) => peer.ending.ocid)
      .sort();

  it('keeps the radar end of a supplier row right when a later release changes the end or the buyer', async () => {
    const ocid = 'ocds-radar-end-1';
    /** A release of a cleaning contract for Acme, its buyer and end as given. */
    const cleaning = (
      id: string,
      buyer: { id: string; name: string; scheme?: string },
      end: string,
    ) =>
      release(ocid, id, `2025-0${id}-01T00:00:00Z`, {
        buyer: { id: buyer.id, name: buyer.name },
        parties: [
          {
            id: buyer.id,
            name: buyer.name,
            roles: ['buyer'],
            ...(buyer.scheme ? { identifier: { scheme: buyer.scheme, id: 'E06000015' } } : {}),
          },
        ],
        tender: { id: 't', classification: { scheme: 'CPV', id: '90910000' } },
        awards: [
          {
            id: 'a',
            status: 'active',
            suppliers: [{ name: 'Acme Cleaning Ltd' }],
            contractPeriod: { endDate: end },
          },
        ],
      });
    const derby = { id: 'B', name: 'Derby City Council', scheme: 'GB-SRS' };
    const apply = async (r: Record<string, unknown>) =>
      db.processes.applyReleases([r], await loadBuyerMatcher(db.dataSource.manager));
    const radarEnd = async () =>
      (
        await db.query<{ end: string | null }>(
          `SELECT to_char(radar_end AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS end FROM contract_supplier WHERE ocid = $1`,
          [ocid],
        )
      ).map((row) => row.end);
    const acme = ours('2027-04-15', {
      name: 'ACME Cleaning',
      companiesHouseNumber: null,
      nameKey: 'acme cleaning',
    });

    await apply(cleaning('1', derby, '2027-03-31T00:00:00Z'));
    const derbyCode = (await db.processOf(ocid))?.['buyer_council_code'];
    expect(derbyCode).toEqual(expect.any(String));
    expect(await radarEnd()).toEqual(['2027-03-31']);
    expect(await peersOf(acme)).toEqual([ocid]);

    // A later release moves the end two years on: out of the radar's window.
    await apply(cleaning('2', derby, '2029-03-31T00:00:00Z'));
    expect(await radarEnd()).toEqual(['2029-03-31']);
    expect(await peersOf(acme)).toEqual([]);

    // And back; then a buyer that is no council's: no longer a radar contract.
    await apply(cleaning('3', derby, '2027-05-31T00:00:00Z'));
    expect(await radarEnd()).toEqual(['2027-05-31']);
    await apply(
      cleaning('4', { id: 'P', name: 'Little Snoring Parish Meeting' }, '2027-05-31T00:00:00Z'),
    );
    expect((await db.processOf(ocid))?.['buyer_council_code']).toBeNull();
    expect(await radarEnd()).toEqual([null]);
    expect(await peersOf(acme)).toEqual([]);

    // An update of the process by hand (as an admin's decision re-applied does) is followed too.
    await db.query(`UPDATE contracting_process SET buyer_council_code = $2 WHERE ocid = $1`, [
      ocid,
      derbyCode,
    ]);
    expect(await radarEnd()).toEqual(['2027-05-31']);
    expect(await peersOf(acme)).toEqual([ocid]);
  });

  it("finds a supplier's nearest peers among 2,000 of its contracts", async () => {
    const codes = (
      await db.query<{ code: string }>(`SELECT code FROM council ORDER BY code LIMIT 41`)
    ).map((row) => row.code);
    const [own, ...others] = codes as [string, ...string[]];
    // Contract i ends 3i days after the base, with Big Supplier: by name alone for odd i, with a
    // number for even (another number for every sixth); every fifth is our own council's, every
    // seventh no council's (neither is a peer).
    await db.query(
      `INSERT INTO contracting_process (ocid, title, buyer_name, buyer_council_code, buyer_match, cpv_main,
         contract_end, last_release_date, last_release_id, release_count, compiled_release)
       SELECT 'ocds-big-' || i, 'Big ' || i, 'Council', CASE WHEN i % 7 = 0 THEN NULL WHEN i % 5 = 0 THEN $1
                ELSE ($2::text[])[1 + i % 40] END, 'IDENTIFIER', CASE WHEN i % 2 = 0 THEN '45000000' ELSE '72000000' END,
              timestamptz '2025-01-01 12:00+00' + i * interval '3 days', now(), 'r', 1, '{}'
         FROM generate_series(1, 2000) AS i`,
      [own, others],
    );
    await db.query(
      `INSERT INTO contract_supplier (ocid, position, name, companies_house_number)
       SELECT 'ocds-big-' || i, 0, 'The Big Supplier Limited',
              CASE WHEN i % 6 = 0 THEN '99999999' WHEN i % 2 = 0 THEN '00000042' END
         FROM generate_series(1, 2000) AS i`,
    );
    /** Every peer by brute force: the supplier's other councils' contracts in the window, nearest first. */
    const nearest = async (day: string, n: number, byNumber: boolean) =>
      (
        await db.query<{ ocid: string }>(
          `SELECT p.ocid FROM contracting_process p JOIN contract_supplier s ON s.ocid = p.ocid
            WHERE p.buyer_council_code IS NOT NULL AND p.buyer_council_code <> $4 AND p.cpv_main IS NOT NULL
              AND (NOT $3 OR s.companies_house_number IS NULL OR s.companies_house_number = '00000042')
              AND p.contract_end >= ($1::date - interval '12 months') AND p.contract_end < ($1::date + interval '12 months 1 day')
            ORDER BY abs(extract(epoch FROM p.contract_end - ($1::date)::timestamp AT TIME ZONE 'Europe/London')), p.ocid
            LIMIT $2`,
          [day, n, byNumber, own],
        )
      )
        .map((row) => row.ocid)
        .sort();

    // Day 3,001 after the base: between contracts 1,000 and 1,001 (no two equally near).
    const day = '2033-03-21';
    const supplier = { name: 'Big Supplier', companiesHouseNumber: null, nameKey: 'big supplier' };
    const byName = ours(day, supplier, own);
    expect(await peersOf(byName, 6)).toEqual(await nearest(day, 6, false));
    // With a number: those with that number, and those with none by name.
    const numbered = {
      name: 'Big Supplier plc',
      companiesHouseNumber: '00000042',
      nameKey: 'big supplier',
    };
    const byNumber = ours(day, numbered, own);
    const found = await peersOf(byNumber, 6);
    expect(found).toHaveLength(6);
    expect(found).toEqual(await nearest(day, 6, true));
    expect(found).not.toEqual(await peersOf(byName, 6));
    // Near the first contracts: the nearest are all after.
    expect(await peersOf(ours('2025-01-01', supplier, own), 4)).toEqual(
      await nearest('2025-01-01', 4, false),
    );
  });
});
