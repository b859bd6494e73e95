import type pg from 'pg';

import type { SupplierExperienceRow, SupplierRow } from '../corpus/supplier-experience';

const SUPPLIER_COLUMNS = [
  'id',
  'name',
  'company_number',
  'website',
  'products_and_services',
  'cpv_codes',
  'created_at',
] as const satisfies readonly (keyof SupplierRow)[];

const COLUMNS = [
  'id',
  'council_code',
  'supplier_id',
  'product',
  'cpv_code',
  'contract_start',
  'contract_end',
  'extension_options',
  'value_band',
  'route_to_market',
  'framework_name',
  'framework_lot',
  'rating_delivery',
  'rating_value_for_money',
  'rating_support',
  'rating_interoperability',
  'rating_exit_and_data_portability',
  'would_buy_again',
  'what_worked',
  'what_did_not_work',
  'advice',
  'is_current',
  'attribution',
  'status',
  'published_at',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof SupplierExperienceRow)[];

/** Inserts the suppliers, in one statement (the supplier table has no search trigger). */
export async function insertSuppliers(db: pg.Pool, rows: SupplierRow[]): Promise<void> {
  await db.query(
    `INSERT INTO supplier (${SUPPLIER_COLUMNS.join(', ')})
     SELECT ${SUPPLIER_COLUMNS.join(', ')} FROM jsonb_populate_recordset(NULL::supplier, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}

/**
 * Inserts supplier experiences into the feature's own table, one statement a
 * batch; its trigger (search_outbox_enqueue) enqueues each row for search.
 * Columns not named keep their defaults.
 */
export async function insertSupplierExperiences(
  db: pg.Pool,
  rows: SupplierExperienceRow[],
): Promise<void> {
  await db.query(
    `INSERT INTO supplier_experience (${COLUMNS.join(', ')})
     SELECT ${COLUMNS.join(', ')} FROM jsonb_populate_recordset(NULL::supplier_experience, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}
