import {
  type AwardedSupplier,
  type SupplierDirectoryEntry,
  SupplierDirectoryLinks,
} from '@lgx/api/core/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { companiesHouseNumberOf, directoryNameOf, LinkCandidates } from './supplier-link';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Wanted {
  name: string;
  companyNumber: string | null;
  nameKey: string;
}

/**
 * The supplier directory as public contracts use it: awarded suppliers are
 * linked to the entry they are, or to a new unverified entry (which the
 * search outbox trigger indexes like any other).
 */
@Injectable()
export class SupplierDirectoryLinkService extends SupplierDirectoryLinks {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async linkContractSuppliers(
    suppliers: AwardedSupplier[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    if (suppliers.length === 0) return [];
    return manager.transaction(async (transaction) => {
      // One linker at a time, so two never make the same new entry twice.
      await transaction.query(`SELECT pg_advisory_xact_lock(hashtext('supplier-directory-links'))`);
      const wanted = await this.wanted(transaction, suppliers);
      const candidates = await this.candidates(transaction, wanted);
      const ids: string[] = [];
      for (const supplier of wanted) {
        let id = candidates.find(supplier.companyNumber, supplier.nameKey);
        if (!id) {
          id = await this.create(transaction, supplier);
          candidates.add({ id, companyNumber: supplier.companyNumber, nameKey: supplier.nameKey });
        }
        ids.push(id);
      }
      return ids;
    });
  }

  async entries(ids: string[]): Promise<Map<string, SupplierDirectoryEntry>> {
    const valid = [...new Set(ids)].filter((id) => UUID.test(id));
    if (valid.length === 0) return new Map();
    // Merges are flat (a merge repoints earlier ones), so one step reaches the live entry.
    const rows: { asked: string; id: string; name: string; verified: boolean }[] =
      await this.dataSource.query(
        `SELECT s.id AS asked, coalesce(t.id, s.id) AS id, coalesce(t.name, s.name) AS name,
                coalesce(t.verified, s.verified) AS verified
           FROM supplier s LEFT JOIN supplier t ON t.id = s.merged_into_id
          WHERE s.id = ANY($1::uuid[])`,
        [valid],
      );
    return new Map(
      rows.map((row) => [row.asked, { id: row.id, name: row.name, verified: row.verified }]),
    );
  }

  async sameSupplier(id: string): Promise<string[]> {
    if (!UUID.test(id)) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH live AS (SELECT coalesce(merged_into_id, id) AS id FROM supplier WHERE id = $1)
       SELECT s.id FROM supplier s, live WHERE s.id = live.id OR s.merged_into_id = live.id`,
      [id],
    );
    return rows.map((row) => row.id);
  }

  /** The suppliers with their numbers normalised and their name keys, by the database's one definition. */
  private async wanted(manager: EntityManager, suppliers: AwardedSupplier[]): Promise<Wanted[]> {
    const names = suppliers.map((supplier) => directoryNameOf(supplier.name));
    const keys: { key: string }[] = await manager.query(
      `SELECT supplier_name_key(name) AS key FROM unnest($1::text[]) WITH ORDINALITY AS n(name, at) ORDER BY at`,
      [names],
    );
    return suppliers.map((supplier, index) => ({
      name: names[index]!,
      companyNumber: companiesHouseNumberOf(supplier.companiesHouseNumber),
      nameKey: keys[index]!.key,
    }));
  }

  private async candidates(manager: EntityManager, wanted: Wanted[]): Promise<LinkCandidates> {
    const numbers = wanted.flatMap((supplier) => supplier.companyNumber ?? []);
    const rows: { id: string; company_number: string | null; name_key: string }[] =
      await manager.query(
        `SELECT id, company_number, supplier_name_key(name) AS name_key FROM supplier
          WHERE merged_into_id IS NULL
            AND (supplier_name_key(name) = ANY($1::text[]) OR company_number = ANY($2::text[]))`,
        [[...new Set(wanted.map((supplier) => supplier.nameKey))], [...new Set(numbers)]],
      );
    return new LinkCandidates(
      rows.map((row) => ({ id: row.id, companyNumber: row.company_number, nameKey: row.name_key })),
    );
  }

  /**
   * A new unverified entry. An officer may add the same number at the same
   * moment: the unique index keeps one, and the link goes to it.
   */
  private async create(manager: EntityManager, supplier: Wanted): Promise<string> {
    const [made]: { id: string }[] = await manager.query(
      `INSERT INTO supplier (name, company_number, verified) VALUES ($1, $2, false)
       ON CONFLICT (company_number) WHERE merged_into_id IS NULL DO NOTHING RETURNING id`,
      [supplier.name || 'Unnamed supplier', supplier.companyNumber],
    );
    if (made) return made.id;
    const [existing]: { id: string }[] = await manager.query(
      `SELECT id FROM supplier WHERE company_number = $1 AND merged_into_id IS NULL`,
      [supplier.companyNumber],
    );
    return existing!.id;
  }
}
