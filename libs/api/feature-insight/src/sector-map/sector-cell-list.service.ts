import {
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  invalidCursor,
  pageSize,
  toConnection,
} from '@lgx/api/core/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type {
  SectorCellCaseStudy,
  SectorCellComponent,
  SectorCellCouncil,
  SectorCellScope,
} from './sector-cell.object';
import { caseStudyOf, type CaseStudyRow } from './sector-cell.view';
import { MEASURED_CASE_STUDY, publishedEvidence } from './sector-map.service';

/** A page asked for: `first` (1 to 100) items after the cursor `after`. */
export interface CellPageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

/** A council within the filter ($3 type, $4 nation, $5 region), as the sector map counts. */
const IN_FILTER = `($3::text IS NULL OR c.type_code = $3)
       AND ($4::text IS NULL OR c.nation = $4)
       AND ($5::text IS NULL OR lower(c.region) = lower($5))`;

/**
 * Published case studies `s` (lead council `c`) tagged with the objective ($1) and
 * technology ($2), led within the filter; with measured figures only ($6), those with
 * measured figures (decision 0075).
 */
const CELL_CASE_STUDY = `s.status = 'PUBLISHED' AND $1 = ANY(s.objectives) AND $2 = ANY(s.technologies)
     AND (NOT $6::boolean OR ${MEASURED_CASE_STUDY}) AND ${IN_FILTER}`;

/**
 * Cells `a` of PUBLISHED maps (council `c`) piloting or live in the cell, with evidence
 * still published (with measured figures only, a case study with measured figures).
 * Private maps are never read for names.
 */
const PUBLISHED_MAP_CELL = `a.objective = $1 AND a.technology = $2 AND a.plan IN ('PILOTING', 'LIVE')
     AND ${publishedEvidence('$6')} AND ${IN_FILTER}`;
const PUBLISHED_MAP_CELLS = `ambition_cell a
    JOIN ambition_map m ON m.council_code = a.council_code AND m.published
    JOIN council c ON c.code = a.council_code`;

/** When a case study was published, in whole microseconds (exact, and safe as a JS number). */
const PUBLISHED_KEY = `(extract(epoch FROM coalesce(s.published_at, s.created_at)) * 1000000)::bigint`;

/** Newest first, then by id: a stable order, whatever is published meanwhile. */
const CASE_STUDIES_SQL = (where: string) => `
  SELECT s.id, s.title, s.lead_council_code AS "leadCouncilCode", c.nice_name AS "leadCouncilName",
         s.figures_basis AS "figuresBasis", s.investment_pence AS "investmentPence",
         s.investment_high_pence AS "investmentHighPence", s.investment_up_to AS "investmentUpTo",
         s.running_cost_pence_per_year AS "runningCostPencePerYear",
         s.cashable_savings_pence_per_year AS "cashableSavingsPencePerYear",
         s.cashable_savings_high_pence AS "cashableSavingsHighPence",
         s.cashable_savings_up_to AS "cashableSavingsUpTo",
         s.cashable_savings_over AS "cashableSavingsOver",
         s.savings_period_years AS "savingsPeriodYears",
         s.savings_period_years_to AS "savingsPeriodYearsTo", s.project_type AS "projectType",
         ${PUBLISHED_KEY}::text AS "publishedKey"
    FROM case_study s JOIN council c ON c.code = s.lead_council_code
   WHERE ${CELL_CASE_STUDY} ${where}`;
const CASE_STUDY_PAGE_SQL = `${CASE_STUDIES_SQL(`AND ($7::bigint IS NULL OR ${PUBLISHED_KEY} < $7
        OR (${PUBLISHED_KEY} = $7 AND s.id > $8::uuid))`)}
   ORDER BY ${PUBLISHED_KEY} DESC, s.id LIMIT $9`;
const CASE_STUDY_COUNT_SQL = `SELECT count(*)::int AS n
    FROM case_study s JOIN council c ON c.code = s.lead_council_code WHERE ${CELL_CASE_STUDY}`;

/**
 * Published components with the technology, tied to the cell by a council's own
 * record: an adoption for one of the cell's case studies, or one given as evidence
 * in a published map of the cell (never with measured figures only: an adoption
 * states no figures).
 */
const CELL_COMPONENT = `co.status = 'PUBLISHED' AND $2 = ANY(co.technologies)
     AND EXISTS (SELECT 1 FROM component_adoption ad WHERE ad.component_id = co.id AND (
       ad.case_study_id IN (SELECT s.id FROM case_study s
                              JOIN council c ON c.code = s.lead_council_code
                             WHERE ${CELL_CASE_STUDY})
       OR (NOT $6::boolean AND ad.id IN (SELECT a.evidence_adoption_id FROM ${PUBLISHED_MAP_CELLS}
                                          WHERE ${PUBLISHED_MAP_CELL}))))`;
const COMPONENT_PAGE_SQL = `
  SELECT co.id, co.name, co.summary FROM component co
   WHERE ${CELL_COMPONENT} AND ($7::text IS NULL OR (co.name, co.id) > ($7, $8::uuid))
   ORDER BY co.name, co.id LIMIT $9`;
const COMPONENT_COUNT_SQL = `SELECT count(*)::int AS n FROM component co WHERE ${CELL_COMPONENT}`;

/** The lead councils of the cell's case studies and the councils of published maps, once each. */
const WILLING = `
  WITH reasons AS (
    SELECT c.code, c.nice_name AS name, 'LED_CASE_STUDY' AS reason
      FROM case_study s JOIN council c ON c.code = s.lead_council_code WHERE ${CELL_CASE_STUDY}
    UNION
    SELECT c.code, c.nice_name, a.plan FROM ${PUBLISHED_MAP_CELLS} WHERE ${PUBLISHED_MAP_CELL}),
  willing AS (
    SELECT code, name,
           array_agg(reason ORDER BY array_position(
             ARRAY['LED_CASE_STUDY', 'PILOTING', 'LIVE'], reason)) AS reasons
      FROM reasons GROUP BY code, name)`;
const COUNCIL_PAGE_SQL = `${WILLING}
  SELECT code, name, reasons FROM willing
   WHERE $7::text IS NULL OR (name, code) > ($7, $8::text)
   ORDER BY name, code LIMIT $9`;
const COUNCIL_COUNT_SQL = `${WILLING} SELECT count(*)::int AS n FROM willing`;

/** Where a page starts: the cursor's sort key, or nothing for the first page. */
type After = readonly [string | number | null, string | null];

/**
 * The lists behind a sector map cell (decision 0063), each paged: a stable
 * order, `first` items after a cursor, and the total. Only published material;
 * councils only for what they published themselves.
 */
@Injectable()
export class SectorCellListService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  caseStudies(
    scope: SectorCellScope,
    page: CellPageArgs,
  ): Promise<ConnectionShape<SectorCellCaseStudy>> {
    let after: After = [null, null];
    if (page.after) {
      const [key, id] = decodeCursor(page.after, ['number', 'uuid'] as const);
      if (!Number.isSafeInteger(key)) throw invalidCursor();
      after = [key, id];
    }
    return this.page<CaseStudyRow, SectorCellCaseStudy>(
      scope,
      page,
      after,
      [CASE_STUDY_PAGE_SQL, CASE_STUDY_COUNT_SQL],
      (row) => encodeCursor([Number(row.publishedKey), row.id]),
      caseStudyOf,
    );
  }

  components(
    scope: SectorCellScope,
    page: CellPageArgs,
  ): Promise<ConnectionShape<SectorCellComponent>> {
    const after: After = page.after
      ? decodeCursor(page.after, ['string', 'uuid'] as const)
      : [null, null];
    return this.page<Omit<SectorCellComponent, 'path'>, SectorCellComponent>(
      scope,
      page,
      after,
      [COMPONENT_PAGE_SQL, COMPONENT_COUNT_SQL],
      (row) => encodeCursor([row.name, row.id]),
      (row) => ({ ...row, path: `/components/${row.id}` }),
    );
  }

  willingCouncils(
    scope: SectorCellScope,
    page: CellPageArgs,
  ): Promise<ConnectionShape<SectorCellCouncil>> {
    const after: After = page.after
      ? decodeCursor(page.after, ['string', 'string'] as const)
      : [null, null];
    return this.page<Omit<SectorCellCouncil, 'path'>, SectorCellCouncil>(
      scope,
      page,
      after,
      [COUNCIL_PAGE_SQL, COUNCIL_COUNT_SQL],
      (row) => encodeCursor([row.name, row.code]),
      (row) => ({ ...row, path: `/councils/${row.code}` }),
    );
  }

  /** One page (one row more than asked, to know if there is a next) and the total. */
  private async page<Row, Node>(
    scope: SectorCellScope,
    page: CellPageArgs,
    after: After,
    [pageSql, countSql]: readonly [string, string],
    cursorOf: (row: Row) => string,
    nodeOf: (row: Row) => Node,
  ): Promise<ConnectionShape<Node>> {
    const size = pageSize(page.first);
    const where = [
      scope.objective,
      scope.technology,
      scope.filter.councilType ?? null,
      scope.filter.nation ?? null,
      scope.filter.region ?? null,
      scope.measuredOnly,
    ];
    const [rows, [counted]] = await Promise.all([
      this.dataSource.query<Row[]>(pageSql, [...where, ...after, size + 1]),
      this.dataSource.query<{ n: number }[]>(countSql, where),
    ]);
    const connection = toConnection(rows, size, counted?.n ?? 0, cursorOf);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: nodeOf(edge.node) })),
    };
  }
}
