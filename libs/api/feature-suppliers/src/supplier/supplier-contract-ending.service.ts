import { PolicyService } from '@lgx/api/core/auth';
import {
  asPeer,
  type ContractEnding,
  ContractEndings,
  ContractEndingSource,
  type ContractEndingsQuery,
  type ContractPeer,
  type ContractPeersQuery,
} from '@lgx/api/core/contracts';
import { addMonthsIso, cpvDivision, isCalendarDate } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

interface EndingRow {
  id: string;
  council_code: string;
  cpv_code: string;
  ends_on: string;
  supplier_name: string;
  company_number: string | null;
  name_key: string;
}

const divisionsOf = (codes: string[]) =>
  [...new Set(codes.map(cpvDivision))].filter((d) => /^\d{2}$/.test(d));

/**
 * Contract end dates from supplier experiences, for the renewal radar. A
 * contract is revealed to officers of its own council (whatever its status),
 * and to other verified officers only when its experience is published and
 * names the council: an anonymised one is never tied to its council here.
 */
@Injectable()
export class SupplierContractEndingService extends ContractEndingSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    endings: ContractEndings,
  ) {
    super();
    endings.register(this);
  }

  async find(query: ContractEndingsQuery): Promise<ContractEnding[]> {
    const { reader } = query;
    if (!this.policy.can(reader, { action: 'officer-content.read' })) return [];
    const divisions = query.cpvCodes ? divisionsOf(query.cpvCodes) : null;
    if (divisions?.length === 0 || !isCalendarDate(query.endsFrom) || !isCalendarDate(query.endsTo))
      return [];
    const councilCodes = query.councilCodes?.map((code) => code.trim().toUpperCase());
    const rows = await this.rows(
      `($1::text[] IS NULL OR substr(e.cpv_code, 1, 2) = ANY($1))
        AND e.contract_end BETWEEN $2::date AND $3::date
        AND ($4::text[] IS NULL OR e.council_code = ANY($4))`,
      [divisions, query.endsFrom, query.endsTo, councilCodes ?? null],
      reader.council?.code ?? null,
      query.limit,
    );
    return rows.map(toEnding);
  }

  /** Peers from experiences: few enough to filter here, within the span every contract spans. */
  async findPeers(query: ContractPeersQuery): Promise<ContractPeer[]> {
    const { reader, of: contracts } = query;
    if (!this.policy.can(reader, { action: 'officer-content.read' }) || contracts.length === 0)
      return [];
    const ends = contracts.map((c) => c.endsOn).sort();
    const suppliers = contracts.flatMap((c) => c.suppliers);
    const rows = await this.rows(
      `e.council_code <> $1
        AND e.contract_end BETWEEN $2::date AND $3::date
        AND (substr(e.cpv_code, 1, 2) = ANY($4) OR s.company_number = ANY($5) OR lgx_supplier_name_key(s.name) = ANY($6))`,
      [
        query.excludeCouncilCode,
        addMonthsIso(ends[0]!, -query.withinMonths),
        addMonthsIso(ends.at(-1)!, query.withinMonths),
        divisionsOf(contracts.map((c) => c.cpvCode)),
        suppliers.flatMap((s) => (s.companiesHouseNumber ? [s.companiesHouseNumber] : [])),
        suppliers.map((s) => s.nameKey).filter(Boolean),
      ],
      reader.council?.code ?? null,
    );
    const candidates = rows.map(toEnding);
    return contracts.flatMap((contract) =>
      candidates.flatMap((candidate) => asPeer(contract, candidate, query.withinMonths) ?? []),
    );
  }

  /** Experiences matching `where` that `readerCouncil` may know of, soonest ending first. */
  private rows(where: string, params: unknown[], readerCouncil: string | null, limit?: number) {
    const n = params.length;
    return this.dataSource.query<EndingRow[]>(
      `SELECT e.id, e.council_code, e.cpv_code, to_char(e.contract_end, 'YYYY-MM-DD') AS ends_on,
              s.name AS supplier_name, s.company_number, lgx_supplier_name_key(s.name) AS name_key
         FROM supplier_experience e JOIN supplier s ON s.id = e.supplier_id
        WHERE ${where}
          AND e.status NOT IN ('REJECTED', 'REMOVED')
          AND (e.council_code = $${n + 1} OR (e.status = 'PUBLISHED' AND e.attribution = 'NAMED'))
        ORDER BY e.contract_end, e.council_code, e.id
        LIMIT $${n + 2}`,
      [...params, readerCouncil, limit ?? null],
    );
  }
}

const toEnding = (row: EndingRow): ContractEnding => ({
  id: `experience:${row.id}`,
  source: 'SUPPLIER_EXPERIENCE',
  councilCode: row.council_code,
  cpvCode: row.cpv_code,
  endsOn: row.ends_on,
  basis: 'CONTRACT_END',
  certainty: null,
  supplierName: row.supplier_name,
  suppliers: [
    { name: row.supplier_name, companiesHouseNumber: row.company_number, nameKey: row.name_key },
  ],
  ocid: null,
  title: null,
  valueAmount: null,
  valueCurrency: null,
});
