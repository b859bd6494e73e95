import { EntitySearchSource, type SearchDocument } from '@lgx/api/core/search';
import { findCpv } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';

import { SupplierEntity } from './supplier.entity';
import { SUPPLIER_SEARCH } from './supplier-search.definition';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A supplier's search document, for verified officers only (visibility
 * "officers"), as the directory is. A supplier merged into another leaves
 * the index; the one it was merged into carries its name among
 * `formerNames`, so the old name still finds it.
 */
export function supplierDocument(
  supplier: SupplierEntity,
  formerNames: string[] = [],
): SearchDocument | null {
  if (supplier.mergedIntoId) return null;
  const categories = supplier.cpvCodes.map((code) => findCpv(code)?.label ?? code);
  return {
    id: supplier.id,
    type: 'supplier',
    title: supplier.name,
    titleSort: supplier.name.toLowerCase(),
    summary: supplier.productsAndServices.slice(0, 2_000) || categories.join('; '),
    url: `/suppliers/${supplier.id}`,
    visibility: 'officers',
    councilCodes: [],
    groupIds: [],
    formerNames: [...new Set(formerNames)].filter((name) => name !== supplier.name).sort(),
    ...(supplier.companyNumber ? { companyNumber: supplier.companyNumber } : {}),
    category: categories,
  };
}

@Injectable()
export class SupplierSearchSource extends EntitySearchSource<SupplierEntity> {
  readonly definition = SUPPLIER_SEARCH;

  protected async rows(ids: string[]): Promise<SupplierEntity[]> {
    // The outbox keys are ours, but a malformed one must not fail the whole batch.
    const valid = ids.filter((id) => UUID.test(id));
    return valid.length > 0 ? this.db.getRepository(SupplierEntity).findBy({ id: In(valid) }) : [];
  }

  protected page(skip: number, take: number): Promise<SupplierEntity[]> {
    return this.db
      .getRepository(SupplierEntity)
      .find({ where: { mergedIntoId: IsNull() }, order: { id: 'ASC' }, skip, take });
  }

  protected async documents(
    suppliers: SupplierEntity[],
  ): Promise<Map<string, SearchDocument | null>> {
    const live = suppliers.filter((supplier) => !supplier.mergedIntoId).map((s) => s.id);
    const merged: { mergedIntoId: string; name: string }[] =
      live.length > 0
        ? await this.db
            .getRepository(SupplierEntity)
            .find({ select: { mergedIntoId: true, name: true }, where: { mergedIntoId: In(live) } })
            .then((rows) =>
              rows.map((row) => ({ mergedIntoId: row.mergedIntoId!, name: row.name })),
            )
        : [];
    const formerNames = new Map<string, string[]>();
    for (const row of merged)
      formerNames.set(row.mergedIntoId, [...(formerNames.get(row.mergedIntoId) ?? []), row.name]);
    return new Map(
      suppliers.map((supplier) => [
        supplier.id,
        supplierDocument(supplier, formerNames.get(supplier.id)),
      ]),
    );
  }
}
