import type pg from 'pg';

import type { GroupMemberRow, ProcurementGroupRow } from '../corpus/procurement-group';

const COLUMNS = [
  'id',
  'title',
  'need',
  'cpv_code',
  'lead_council_code',
  'value_per_council_pence',
  'total_value_pence',
  'desired_start',
  'route',
  'framework_name',
  'framework_lot',
  'minimum_councils',
  'visibility',
  'interest_closes_on',
  'stage',
  'end_reason',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ProcurementGroupRow)[];

const MEMBER_COLUMNS = [
  'group_id',
  'council_code',
  'status',
  'volume',
  'volume_unit',
  'estimated_value_pence',
  'committed_at',
  'created_at',
] as const satisfies readonly (keyof GroupMemberRow)[];

/**
 * Inserts procurement groups and their members into the feature's own
 * tables, one statement a batch; the group trigger (search_outbox_enqueue)
 * enqueues each group for search. Columns not named keep their defaults.
 */
export async function insertProcurementGroups(
  db: pg.Pool,
  rows: ProcurementGroupRow[],
): Promise<void> {
  await db.query(
    `WITH groups AS (
       INSERT INTO procurement_group (${COLUMNS.join(', ')})
       SELECT ${COLUMNS.join(', ')} FROM jsonb_populate_recordset(NULL::procurement_group, $1::jsonb)
     )
     INSERT INTO procurement_group_member (${MEMBER_COLUMNS.join(', ')})
     SELECT ${MEMBER_COLUMNS.join(', ')}
     FROM jsonb_populate_recordset(NULL::procurement_group_member, $2::jsonb)`,
    [
      JSON.stringify(rows, (key, value: unknown) => (key === 'members' ? undefined : value)),
      JSON.stringify(rows.flatMap((row) => row.members)),
    ],
  );
}
