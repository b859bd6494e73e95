import { SupplierDirectoryLinks } from '@lgx/api/core/contracts';
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Awarded suppliers linked per transaction: small enough to keep each one short. */
const LINK_BATCH = 500;

/**
 * Links the suppliers awarded public contracts to the supplier directory
 * (through SupplierDirectoryLinks, which the suppliers feature provides).
 * An import rewrites a process's suppliers when a release changes it, so it
 * links what it wrote after each file or batch; linking again finds nothing
 * left to do.
 */
@Injectable()
export class ContractSupplierLinkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    /** Absent when the feature runs without the supplier directory (its own tests). */
    @Optional() private readonly directory?: SupplierDirectoryLinks,
  ) {}

  /**
   * Links every awarded supplier not yet linked: of these processes, or of
   * all when none are given. Returns how many were linked.
   */
  async linkSuppliers(ocids?: string[]): Promise<number> {
    const directory = this.directory;
    if (!directory) return 0;
    let linked = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (manager) => {
        const rows: {
          ocid: string;
          position: number;
          name: string;
          companies_house_number: string | null;
        }[] = await manager.query(
          `SELECT ocid, position, name, companies_house_number FROM contract_supplier
            WHERE supplier_id IS NULL AND ($1::text[] IS NULL OR ocid = ANY($1))
            ORDER BY ocid, position LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [ocids ?? null, LINK_BATCH],
        );
        if (rows.length === 0) return 0;
        const ids = await directory.linkContractSuppliers(
          rows.map((row) => ({ name: row.name, companiesHouseNumber: row.companies_house_number })),
          manager,
        );
        await manager.query(
          `UPDATE contract_supplier c SET supplier_id = link.id
             FROM unnest($1::text[], $2::int[], $3::uuid[]) AS link(ocid, position, id)
            WHERE c.ocid = link.ocid AND c.position = link.position`,
          [rows.map((row) => row.ocid), rows.map((row) => row.position), ids],
        );
        return rows.length;
      });
      linked += count;
      if (count < LINK_BATCH) return linked;
    }
  }
}
