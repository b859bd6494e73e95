import type { EntityManager, EntityMetadata } from 'typeorm';

import type { OcdsObject } from '../ocds';
import type { ContractSupplierEntity } from './contract-supplier.entity';
import type { ContractingProcessRow } from './contracting-process-row';
import { releaseKeyOf, releaseKeyText } from './release-batch';

// Each statement writes a whole batch: its rows travel as one JSON array that
// jsonb_populate_recordset reads into the table's own row type.

/**
 * A statement of the batch on the transaction's own connection, past
 * TypeORM's logger: a value PostgreSQL refuses is the import's to report
 * (with the release's position), not a log line holding the whole batch.
 */
export async function batchQuery<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const client = (await manager.queryRunner!.connect()) as {
    query(sql: string, params: unknown[]): Promise<{ rows: T[] }>;
  };
  return (await client.query(sql, params)).rows;
}

/** The rows as JSON objects keyed by column name, for jsonb_populate_recordset. */
function asColumns(metadata: EntityMetadata, rows: readonly object[]): string {
  const names = new Map(
    metadata.columns.map((column) => [column.propertyName, column.databaseName]),
  );
  return JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([property, value]) => [names.get(property), value]),
      ),
    ),
  );
}

/**
 * Stores the releases not stored before (one copy of each, keyed by ocid, id
 * and date as published) and answers them, in the batch's order.
 */
export async function insertReleases(
  manager: EntityManager,
  releases: readonly OcdsObject[],
): Promise<OcdsObject[]> {
  const unique = new Map<string, OcdsObject>();
  for (const release of releases) {
    const key = releaseKeyText(releaseKeyOf(release));
    if (!unique.has(key)) unique.set(key, release);
  }
  const rows = [...unique.values()].map((release) => {
    const key = releaseKeyOf(release);
    // The date as published: PostgreSQL reads the instant from it.
    return {
      ocid: key.ocid,
      release_id: key.id,
      release_date: key.date,
      released_at: key.date,
      release,
    };
  });
  const inserted = await batchQuery<{ ocid: string; id: string; date: string }>(
    manager,
    `INSERT INTO contract_release (ocid, release_id, release_date, released_at, release)
     SELECT ocid, release_id, release_date, released_at, release
       FROM jsonb_populate_recordset(NULL::contract_release, $1::jsonb)
     ON CONFLICT DO NOTHING
     RETURNING ocid, release_id AS id, release_date AS date`,
    [JSON.stringify(rows)],
  );
  const storedNow = new Set(inserted.map(releaseKeyText));
  return [...unique.entries()].filter(([key]) => storedNow.has(key)).map(([, release]) => release);
}

/**
 * Creates or updates the processes (created_at kept, updated_at now). Every
 * column the entity maps is written from the release: a column that
 * something else maintains must be left out of `columns` here.
 */
export async function insertProcesses(
  manager: EntityManager,
  metadata: EntityMetadata,
  rows: readonly ContractingProcessRow[],
): Promise<void> {
  const columns = metadata.columns
    .map((column) => column.databaseName)
    .filter((name) => name !== 'created_at' && name !== 'updated_at');
  const list = columns.map((name) => `"${name}"`).join(', ');
  const updates = columns
    .filter((name) => name !== 'ocid')
    .map((name) => `"${name}" = EXCLUDED."${name}"`)
    .join(', ');
  await batchQuery(
    manager,
    `INSERT INTO contracting_process (${list})
     SELECT ${list} FROM jsonb_populate_recordset(NULL::contracting_process, $1::jsonb)
     ON CONFLICT (ocid) DO UPDATE SET ${updates}, updated_at = now()`,
    [asColumns(metadata, rows)],
  );
}

/** Removes the suppliers of these processes, before their processes are written again. */
export async function deleteSuppliers(manager: EntityManager, ocids: readonly string[]) {
  await batchQuery(manager, 'DELETE FROM contract_supplier WHERE ocid = ANY($1::text[])', [ocids]);
}

/** The processes' suppliers, after deleteSuppliers and the processes' own rows are written. */
export async function insertSuppliers(
  manager: EntityManager,
  metadata: EntityMetadata,
  suppliers: readonly ContractSupplierEntity[],
): Promise<void> {
  if (suppliers.length === 0) return;
  await batchQuery(
    manager,
    `INSERT INTO contract_supplier
     SELECT * FROM jsonb_populate_recordset(NULL::contract_supplier, $1::jsonb)`,
    [asColumns(metadata, suppliers)],
  );
}
