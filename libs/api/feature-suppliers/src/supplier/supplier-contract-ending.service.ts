import { PolicyService } from '@lgx/api/core/auth';
import {
  type ContractEnding,
  ContractEndings,
  type ContractEndingsQuery,
} from '@lgx/api/core/contracts';
import { cpvDivision, isCalendarDate } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Contract end dates from supplier experiences, for the renewal radar. A
 * contract is revealed to officers of its own council (whatever its status),
 * and to other verified officers only when its experience is published and
 * names the council: an anonymised one is never tied to its council here.
 */
@Injectable()
export class SupplierContractEndingService extends ContractEndings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {
    super();
  }

  async find(query: ContractEndingsQuery): Promise<ContractEnding[]> {
    const { reader } = query;
    if (!this.policy.can(reader, { action: 'officer-content.read' })) return [];
    const divisions = [...new Set(query.cpvCodes.map(cpvDivision))].filter((d) =>
      /^\d{2}$/.test(d),
    );
    if (divisions.length === 0 || !isCalendarDate(query.endsFrom) || !isCalendarDate(query.endsTo))
      return [];
    const councilCodes = query.councilCodes?.map((code) => code.trim().toUpperCase());
    const rows: {
      council_code: string;
      cpv_code: string;
      ends_on: string;
      supplier_name: string;
    }[] = await this.dataSource.query(
      `SELECT e.council_code, e.cpv_code, to_char(e.contract_end, 'YYYY-MM-DD') AS ends_on, s.name AS supplier_name
           FROM supplier_experience e JOIN supplier s ON s.id = e.supplier_id
          WHERE substr(e.cpv_code, 1, 2) = ANY($1)
            AND e.contract_end BETWEEN $2::date AND $3::date
            AND ($4::text[] IS NULL OR e.council_code = ANY($4))
            AND e.status NOT IN ('REJECTED', 'REMOVED')
            AND (e.council_code = $5 OR (e.status = 'PUBLISHED' AND e.attribution = 'NAMED'))
          ORDER BY e.contract_end, e.council_code`,
      [divisions, query.endsFrom, query.endsTo, councilCodes ?? null, reader.council?.code ?? null],
    );
    return rows.map((row) => ({
      councilCode: row.council_code,
      cpvCode: row.cpv_code,
      endsOn: row.ends_on,
      supplierName: row.supplier_name,
    }));
  }
}
