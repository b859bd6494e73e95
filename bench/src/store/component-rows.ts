import type pg from 'pg';

import type { ComponentAdoptionRow, ComponentRow } from '../corpus/component';

const COLUMNS = [
  'id',
  'name',
  'kind',
  'summary',
  'description',
  'url',
  'repository_key',
  'licence',
  'maturity',
  'maintaining_council_codes',
  'service_areas',
  'technologies',
  'standards',
  'features',
  'status',
  'adoption_count',
  'maintained_at',
  'published_at',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ComponentRow)[];

const ADOPTION_COLUMNS = [
  'component_id',
  'council_code',
  'status',
  'started_on',
  'stopped_on',
  'created_at',
] as const satisfies readonly (keyof ComponentAdoptionRow)[];

/**
 * Inserts components and their adoptions into the feature's own tables, one
 * statement a batch; the component trigger (search_outbox_enqueue) enqueues
 * each component for search. Columns not named keep their defaults.
 */
export async function insertComponents(db: pg.Pool, rows: ComponentRow[]): Promise<void> {
  await db.query(
    `WITH components AS (
       INSERT INTO component (${COLUMNS.join(', ')})
       SELECT ${COLUMNS.join(', ')} FROM jsonb_populate_recordset(NULL::component, $1::jsonb)
     )
     INSERT INTO component_adoption (${ADOPTION_COLUMNS.join(', ')})
     SELECT ${ADOPTION_COLUMNS.join(', ')}
     FROM jsonb_populate_recordset(NULL::component_adoption, $2::jsonb)`,
    [
      JSON.stringify(rows, (key, value: unknown) => (key === 'adoptions' ? undefined : value)),
      JSON.stringify(rows.flatMap((row) => row.adoptions)),
    ],
  );
}
