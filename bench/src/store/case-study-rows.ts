import type pg from 'pg';

import type { CaseStudyRow } from '../corpus/case-study';

const COLUMNS = [
  'id',
  'title',
  'summary',
  'challenge',
  'what_was_done',
  'impact',
  'lessons_learned',
  'body',
  'lead_council_code',
  'co_author_council_codes',
  'service_areas',
  'objectives',
  'technologies',
  'stage',
  'stopped_reason',
  'start_date',
  'contact_name',
  'contact_email',
  'investment_pence',
  'running_cost_pence_per_year',
  'cashable_savings_pence_per_year',
  'hours_saved_per_year',
  'residents_affected',
  'evidence_level',
  'status',
  'published_at',
] as const satisfies readonly (keyof CaseStudyRow)[];

/**
 * Inserts case studies into the feature's own table, one statement a batch;
 * its trigger (search_outbox_enqueue) enqueues each row for search. Columns
 * not named keep their defaults.
 */
export async function insertCaseStudies(db: pg.Pool, rows: CaseStudyRow[]): Promise<void> {
  await db.query(
    `INSERT INTO case_study (${COLUMNS.join(', ')})
     SELECT ${COLUMNS.join(', ')} FROM jsonb_populate_recordset(NULL::case_study, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}
