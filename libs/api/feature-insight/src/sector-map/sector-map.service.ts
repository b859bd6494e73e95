import { measuredFiguresSql, NATION_KEYS } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { CouncilPlace, SectorFilter } from './sector-map.disclosure';
import { type CaseStudyCounts, type CellAnswer, sectorMapFigures } from './sector-map.figures';
import type { SectorMap, SectorMapFilter } from './sector-map.object';

/**
 * Councils that have saved their map at least once: the population of every
 * figure; whether each map is published (public) decides the small-number blocks.
 */
const PLACES_SQL = `
  SELECT c.code, c.type_code AS "typeCode", c.nation, c.region, m.published
    FROM ambition_map m JOIN council c ON c.code = m.council_code
   WHERE m.version > 0`;

/**
 * A case study `s` with measured figures: the one definition of decision 0075
 * (`measuredFiguresSql` in shared/domain), the same as search's and the business case's.
 */
export const MEASURED_CASE_STUDY = measuredFiguresSql('s');

/**
 * Evidence of a cell `a` that is still published; with measured figures only (the
 * boolean parameter `measuredOnly`, e.g. "$1"), only a case study with measured
 * figures (an adoption states no figures).
 */
export const publishedEvidence = (measuredOnly: string) => `(
     EXISTS (SELECT 1 FROM case_study s
              WHERE s.id = a.evidence_case_study_id AND s.status = 'PUBLISHED'
                AND (NOT ${measuredOnly}::boolean OR ${MEASURED_CASE_STUDY}))
  OR (NOT ${measuredOnly}::boolean AND EXISTS (
       SELECT 1 FROM component_adoption ad JOIN component co ON co.id = ad.component_id
        WHERE ad.id = a.evidence_adoption_id AND co.status = 'PUBLISHED')))`;

/** Their answers; live counts only with evidence that is still published (and measured, $1). */
const ANSWERS_SQL = `
  SELECT a.council_code AS "councilCode", a.objective, a.technology, a.potential, a.plan,
         (a.plan = 'LIVE' AND ${publishedEvidence('$1')}) AS "liveWithEvidence"
    FROM ambition_cell a JOIN ambition_map m ON m.council_code = a.council_code
   WHERE m.version > 0`;

/**
 * Published case studies (public) by tag pair and per tag, led by a council within the
 * filter; with measured figures only ($4), those with measured actuals.
 */
const CASE_STUDIES_SQL = `
  WITH chosen AS (
    SELECT s.id, s.objectives, s.technologies
      FROM case_study s JOIN council c ON c.code = s.lead_council_code
     WHERE s.status = 'PUBLISHED' AND (NOT $4::boolean OR ${MEASURED_CASE_STUDY})
       AND ($1::text IS NULL OR c.type_code = $1)
       AND ($2::text IS NULL OR c.nation = $2)
       AND ($3::text IS NULL OR lower(c.region) = lower($3)))
  SELECT o || ' ' || t AS key, count(DISTINCT id)::int AS n
    FROM chosen, unnest(objectives) o, unnest(technologies) t GROUP BY o, t
  UNION ALL
  SELECT o || ' *', count(DISTINCT id)::int FROM chosen, unnest(objectives) o GROUP BY o
  UNION ALL
  SELECT '* ' || t, count(DISTINCT id)::int FROM chosen, unnest(technologies) t GROUP BY t`;

/** The filter as the queries read it: a nation by its name, a region trimmed. */
export function sectorFilterOf(input: SectorMapFilter | null | undefined): SectorFilter {
  return {
    councilType: input?.councilType ?? null,
    nation: input?.nation ? NATION_KEYS[input.nation] : null,
    region: input?.region?.trim() || null,
  };
}

/**
 * The sector map (issue 18, decision 0059): every council's map feeds it,
 * published or not, and only figures of at least five councils, in whole
 * safe blocks, leave this service. Nothing per council is returned.
 */
@Injectable()
export class SectorMapService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sectorMap(input: SectorMapFilter | null | undefined): Promise<SectorMap> {
    const filter = sectorFilterOf(input);
    const measuredOnly = input?.measuredOnly === true;
    const [{ places, answers }, caseStudies] = await Promise.all([
      this.answered(measuredOnly),
      this.caseStudyCounts(filter, measuredOnly),
    ]);
    return sectorMapFigures(places, answers, caseStudies, filter);
  }

  /**
   * Every council that answered the map and every answer: what each figure counts
   * (private). With `measuredOnly`, live counts only with measured evidence.
   */
  async answered(measuredOnly = false): Promise<{ places: CouncilPlace[]; answers: CellAnswer[] }> {
    const [places, answers] = await Promise.all([
      this.dataSource.query<CouncilPlace[]>(PLACES_SQL),
      this.dataSource.query<CellAnswer[]>(ANSWERS_SQL, [measuredOnly]),
    ]);
    return { places, answers };
  }

  /** Published case studies (public) per cell and total, led by a council within the filter. */
  async caseStudyCounts(filter: SectorFilter, measuredOnly = false): Promise<CaseStudyCounts> {
    const counted = await this.dataSource.query<{ key: string; n: number }[]>(CASE_STUDIES_SQL, [
      filter.councilType ?? null,
      filter.nation ?? null,
      filter.region ?? null,
      measuredOnly,
    ]);
    return new Map(counted.map((row) => [row.key, row.n]));
  }
}
