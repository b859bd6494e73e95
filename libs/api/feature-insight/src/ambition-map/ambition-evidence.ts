import { isUuid } from '@lgx/api/core/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { AmbitionEvidence } from './ambition-map.object';

/**
 * What may stand as a council's evidence: its own PUBLISHED case studies (as
 * lead or co-author) and its adoptions of published components. Read from
 * those features' tables, never written (a feature does not import another).
 */
const OPTIONS_SQL = `
  SELECT 'CASE_STUDY' AS kind, s.id::text AS id, s.title AS title, '/case-studies/' || s.id AS path
    FROM case_study s
   WHERE s.status = 'PUBLISHED' AND (s.lead_council_code = $1 OR $1 = ANY(s.co_author_council_codes))
     AND ($2::uuid[] IS NULL OR s.id = ANY($2::uuid[]))
  UNION ALL
  SELECT 'ADOPTION', a.id::text, c.name, '/components/' || c.id
    FROM component_adoption a JOIN component c ON c.id = a.component_id
   WHERE a.council_code = $1 AND c.status = 'PUBLISHED'
     AND ($3::uuid[] IS NULL OR a.id = ANY($3::uuid[]))
   ORDER BY title`;

@Injectable()
export class AmbitionEvidenceFinder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Everything the council may point to, by title. */
  options(councilCode: string): Promise<AmbitionEvidence[]> {
    return this.dataSource.query(OPTIONS_SQL, [councilCode, null, null]);
  }

  /** Of these case studies and adoptions, those that are the council's own and published, by "kind:id". */
  async valid(
    councilCode: string,
    wanted: { kind: string; id: string }[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, AmbitionEvidence>> {
    const ids = (kind: string) =>
      wanted.filter((item) => item.kind === kind && isUuid(item.id)).map((item) => item.id);
    const rows: AmbitionEvidence[] =
      wanted.length === 0
        ? []
        : await manager.query(OPTIONS_SQL, [councilCode, ids('CASE_STUDY'), ids('ADOPTION')]);
    return new Map(rows.map((row) => [`${row.kind}:${row.id}`, row]));
  }
}
