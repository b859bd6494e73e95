import {
  asPeer,
  type ContractEnding,
  type ContractEndingCertainty,
  ContractEndings,
  ContractEndingSource,
  type ContractEndingsQuery,
  type ContractEndingSupplier,
  type ContractPeer,
  type ContractPeersQuery,
} from '@lgx/api/core/contracts';
import { addMonthsIso, cpvDivision, isCalendarDate } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** The date the radar goes by, as indexed (migration 1796550000000). */
const END = `COALESCE(p.max_extent_date, p.contract_end)`;
/** A calendar day as the start of that day in the UK, where these contracts are. */
const dayStart = (param: string) => `(${param}::date)::timestamp AT TIME ZONE 'Europe/London'`;
/** Only council contracts with a CPV code: what the radar's indexes hold. */
const COUNCIL_CONTRACT = `p.buyer_council_code IS NOT NULL AND p.cpv_main IS NOT NULL`;

/**
 * Another council's contract in the same division. Its distance in time is
 * checked outside the LIMIT: with one open bound the planner walks the
 * (division, end) index in order and stops at the nearest few.
 */
const DIVISION_PEER = `${COUNCIL_CONTRACT} AND p.buyer_council_code <> $9 AND substr(p.cpv_main, 1, 2) = o.division`;
/** A supplier row's contract as a peer: how far apart the ends are (seconds), and whether in the division too. */
const BY_SUPPLIER = `SELECT p.ocid, abs(extract(epoch FROM s.radar_end - o.day)) AS distance,
    substr(p.cpv_main, 1, 2) = o.division AS same_division
  FROM contract_supplier s JOIN contracting_process p ON p.ocid = s.ocid`;
/**
 * The nearest $10 other councils' contracts of the supplier rows that `match`
 * within the window: s.radar_end is the radar's end of a council contract
 * with a CPV code (null otherwise), so each side walks a (supplier, radar_end)
 * index in order from o.day and stops at the nearest few, however many
 * contracts the supplier has (migration 1796640000002).
 */
const nearestOfSupplier = (match: string) => `(SELECT * FROM (
    (${BY_SUPPLIER} WHERE ${match} AND p.buyer_council_code <> $9
       AND s.radar_end >= o.day AND s.radar_end < o.latest ORDER BY s.radar_end LIMIT $10)
    UNION ALL
    (${BY_SUPPLIER} WHERE ${match} AND p.buyer_council_code <> $9
       AND s.radar_end < o.day AND s.radar_end >= o.earliest ORDER BY s.radar_end DESC LIMIT $10)) y
  ORDER BY distance LIMIT $10)`;
/** The same supplier: by number when both have one, else by name (the three mutually exclusive). */
const SUPPLIER_PEERS = [
  `o.ch IS NOT NULL AND s.companies_house_number = o.ch`,
  `o.ch IS NULL AND lgx_supplier_name_key(s.name) = o.name_key`,
  `o.ch IS NOT NULL AND s.companies_house_number IS NULL AND lgx_supplier_name_key(s.name) = o.name_key`,
]
  .map(nearestOfSupplier)
  .join(' UNION ALL ');

/**
 * Peers of each contract ($1..$5: id, division, end, earliest, latest) and of
 * each of its suppliers ($6..$8: contract id, Companies House number, name
 * key): the nearest $10 after and before it in its division, and with each
 * supplier (by number when both have one, else by name), each an index scan;
 * then the $10 best of each contract (both reasons first, then the nearest).
 */
const PEERS = `
  WITH own AS (
    SELECT id, division, ${dayStart('ends_on')} AS day, ${dayStart('earliest')} AS earliest,
           ${dayStart('latest')} + interval '1 day' AS latest
      FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::date[]) AS u(id, division, ends_on, earliest, latest)),
  own_supplier AS (
    SELECT o.*, u.ch, u.name_key FROM unnest($6::text[], $7::text[], $8::text[]) AS u(id, ch, name_key)
      JOIN own o ON o.id = u.id),
  found AS (
    SELECT o.id AS peer_of, x.ocid, abs(extract(epoch FROM x.ends - o.day)) AS distance,
           true AS same_division, false AS same_supplier
      FROM own o CROSS JOIN LATERAL (
        (SELECT p.ocid, ${END} AS ends FROM contracting_process p
          WHERE ${DIVISION_PEER} AND ${END} >= o.day ORDER BY ${END} LIMIT $10)
        UNION ALL
        (SELECT p.ocid, ${END} AS ends FROM contracting_process p
          WHERE ${DIVISION_PEER} AND ${END} < o.day ORDER BY ${END} DESC LIMIT $10)) x
     WHERE x.ends >= o.earliest AND x.ends < o.latest
    UNION ALL
    SELECT o.id, x.ocid, x.distance, x.same_division, true
      FROM own_supplier o CROSS JOIN LATERAL (${SUPPLIER_PEERS}) x),
  reasons AS (
    SELECT peer_of, ocid, min(distance) AS distance,
           bool_or(same_division)::int + bool_or(same_supplier)::int AS reasons
      FROM found GROUP BY peer_of, ocid),
  ranked AS (
    SELECT peer_of, ocid,
           row_number() OVER (PARTITION BY peer_of ORDER BY reasons DESC, distance, ocid) AS place
      FROM reasons)
  SELECT peer_of, ocid FROM ranked WHERE place <= $10`;

interface EndingRow {
  ocid: string;
  title: string | null;
  buyer_council_code: string;
  cpv_main: string;
  ends_on: string;
  latest: boolean;
  certainty: ContractEndingCertainty | null;
  value_amount: string | null;
  value_currency: string | null;
  suppliers: ContractEndingSupplier[] | null;
}

/**
 * Contract endings from public contracts (Contracts Finder, Find a Tender)
 * whose buyer was matched to a council, for the renewal radar. Public data:
 * every reader may know of them. Each ends on its latest possible end when
 * the notice states one, else on its end.
 */
@Injectable()
export class ContractingProcessEndingService extends ContractEndingSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    endings: ContractEndings,
  ) {
    super();
    endings.register(this);
  }

  async find(query: ContractEndingsQuery): Promise<ContractEnding[]> {
    if (!isCalendarDate(query.endsFrom) || !isCalendarDate(query.endsTo)) return [];
    const params: unknown[] = [query.endsFrom, query.endsTo];
    const where = [
      COUNCIL_CONTRACT,
      `${END} >= ${dayStart('$1')}`,
      `${END} < ${dayStart('$2')} + interval '1 day'`,
    ];
    if (query.cpvCodes) {
      params.push([...new Set(query.cpvCodes.map(cpvDivision))]);
      where.push(`substr(p.cpv_main, 1, 2) = ANY($${params.length})`);
    }
    if (query.councilCodes) {
      params.push(query.councilCodes.map((code) => code.trim().toUpperCase()));
      where.push(`p.buyer_council_code = ANY($${params.length})`);
    }
    let chosen = where.join(' AND ');
    if (query.nearest) {
      // Only each council's nearest few: the rest is never read past the index and one row.
      params.push(query.nearest.to, query.nearest.perCouncil);
      chosen = `p.ocid IN (SELECT ocid FROM (SELECT p.ocid, row_number() OVER (PARTITION BY p.buyer_council_code
        ORDER BY abs(extract(epoch FROM ${END} - ${dayStart(`$${params.length - 1}`)})), p.ocid) AS place
        FROM contracting_process p WHERE ${chosen}) ranked WHERE place <= $${params.length})`;
    }
    params.push(query.limit ?? null);
    return this.endings(
      `${chosen} ORDER BY ${END}, p.buyer_council_code, p.ocid LIMIT $${params.length}`,
      params,
    );
  }

  /**
   * For each contract, the nearest `perContract` other councils' contracts
   * in its CPV division ending after it and before it, and with its
   * suppliers, all within `withinMonths`: each an index range scan.
   */
  async findPeers(query: ContractPeersQuery): Promise<ContractPeer[]> {
    const { of: contracts, withinMonths } = query;
    const suppliers = contracts.flatMap((c) => c.suppliers.map((s) => ({ id: c.id, s })));
    const rows: (EndingRow & { peer_of: string })[] = await this.dataSource.query(
      `WITH pairs AS (${PEERS}) SELECT pairs.peer_of, ${COLUMNS}
         FROM pairs JOIN contracting_process p ON p.ocid = pairs.ocid`,
      [
        contracts.map((c) => c.id),
        contracts.map((c) => cpvDivision(c.cpvCode)),
        contracts.map((c) => c.endsOn),
        contracts.map((c) => addMonthsIso(c.endsOn, -withinMonths)),
        contracts.map((c) => addMonthsIso(c.endsOn, withinMonths)),
        suppliers.map(({ id }) => id),
        suppliers.map(({ s }) => s.companiesHouseNumber),
        // An empty key (a name of punctuation only) names no supplier.
        suppliers.map(({ s }) => s.nameKey || null),
        query.excludeCouncilCode,
        query.perContract,
      ],
    );
    const byId = new Map(contracts.map((c) => [c.id, c]));
    return rows.flatMap((row) => {
      const contract = byId.get(row.peer_of);
      return contract ? (asPeer(contract, toEnding(row), withinMonths) ?? []) : [];
    });
  }

  /** Public contract endings matching `where` (which may order and limit), with their suppliers. */
  private async endings(where: string, params: unknown[]): Promise<ContractEnding[]> {
    const rows: EndingRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM contracting_process p WHERE ${where}`,
      params,
    );
    return rows.map(toEnding);
  }
}

/** What an ending is read from: a contracting process `p` and its suppliers in order. */
const COLUMNS = `p.ocid, p.title, p.buyer_council_code, p.cpv_main, p.value_amount::text AS value_amount,
  p.value_currency, p.max_extent_date IS NOT NULL AS latest,
  to_char(${END} AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS ends_on,
  CASE WHEN p.max_extent_date IS NOT NULL THEN p.max_extent_date_certainty ELSE p.contract_end_certainty END AS certainty,
  (SELECT json_agg(json_build_object('name', s.name, 'companiesHouseNumber', s.companies_house_number,
            'nameKey', lgx_supplier_name_key(s.name)) ORDER BY s.position)
     FROM contract_supplier s WHERE s.ocid = p.ocid) AS suppliers`;

const toEnding = (row: EndingRow): ContractEnding => ({
  id: `ocds:${row.ocid}`,
  source: 'PUBLIC_CONTRACT',
  councilCode: row.buyer_council_code,
  cpvCode: row.cpv_main,
  endsOn: row.ends_on,
  basis: row.latest ? 'LATEST_POSSIBLE_END' : 'CONTRACT_END',
  certainty: row.certainty,
  supplierName: row.suppliers?.[0]?.name ?? null,
  suppliers: row.suppliers ?? [],
  ocid: row.ocid,
  title: row.title,
  valueAmount: row.value_amount,
  valueCurrency: row.value_currency,
});
