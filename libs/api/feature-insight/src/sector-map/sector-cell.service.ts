import {
  appraiseCaseStudy,
  type AppraisedFields,
  formatPence,
  hasMeasuredFigures,
  type StrategicObjective,
  type Technology,
} from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type {
  SectorCellCaseStudy,
  SectorCellComponent,
  SectorCellCouncil,
  SectorCellDetail,
  WillingReason,
} from './sector-cell.object';
import type { SectorMapFilter } from './sector-map.object';
import {
  MEASURED_CASE_STUDY,
  publishedEvidence,
  sectorFilterOf,
  SectorMapService,
} from './sector-map.service';

/** The most of each list a cell shows. */
export const CELL_LIST_LIMIT = 50;

/** A council within the filter ($3 type, $4 nation, $5 region), as the sector map counts. */
const IN_FILTER = `($3::text IS NULL OR c.type_code = $3)
       AND ($4::text IS NULL OR c.nation = $4)
       AND ($5::text IS NULL OR lower(c.region) = lower($5))`;

/**
 * Published case studies tagged with the objective ($1) and technology ($2); with
 * measured figures only ($6), those with measured figures (decision 0075).
 */
const CASE_STUDIES_SQL = `
  SELECT s.id, s.title, s.lead_council_code AS "leadCouncilCode", c.nice_name AS "leadCouncilName",
         s.figures_basis AS "figuresBasis", s.investment_pence AS "investmentPence",
         s.investment_high_pence AS "investmentHighPence", s.investment_up_to AS "investmentUpTo",
         s.running_cost_pence_per_year AS "runningCostPencePerYear",
         s.cashable_savings_pence_per_year AS "cashableSavingsPencePerYear",
         s.cashable_savings_high_pence AS "cashableSavingsHighPence",
         s.cashable_savings_up_to AS "cashableSavingsUpTo",
         s.cashable_savings_over AS "cashableSavingsOver",
         s.savings_period_years AS "savingsPeriodYears",
         s.savings_period_years_to AS "savingsPeriodYearsTo", s.project_type AS "projectType"
    FROM case_study s JOIN council c ON c.code = s.lead_council_code
   WHERE s.status = 'PUBLISHED' AND $1 = ANY(s.objectives) AND $2 = ANY(s.technologies)
     AND (NOT $6::boolean OR ${MEASURED_CASE_STUDY})
     AND ${IN_FILTER}
   ORDER BY s.published_at DESC NULLS LAST, s.title
   LIMIT ${CELL_LIST_LIMIT}`;

/**
 * Councils whose PUBLISHED map says piloting or live in the cell, with evidence
 * that is still published (and, with measured figures only, $6, a case study with
 * measured actuals). Private maps are never read here.
 */
const PUBLISHED_MAPS_SQL = `
  SELECT a.council_code AS code, c.nice_name AS name, a.plan AS reason,
         a.evidence_adoption_id AS "adoptionId"
    FROM ambition_cell a
    JOIN ambition_map m ON m.council_code = a.council_code AND m.published
    JOIN council c ON c.code = a.council_code
   WHERE a.objective = $1 AND a.technology = $2 AND a.plan IN ('PILOTING', 'LIVE')
     AND ${publishedEvidence('$6')}
     AND ${IN_FILTER}`;

/**
 * Published components with the technology ($1) whose adoption is tied to one
 * of the cell's case studies ($2) or stands as evidence in a published map ($3).
 */
const COMPONENTS_SQL = `
  SELECT co.id, co.name, co.summary
    FROM component co
   WHERE co.status = 'PUBLISHED' AND $1 = ANY(co.technologies)
     AND EXISTS (SELECT 1 FROM component_adoption ad
                  WHERE ad.component_id = co.id
                    AND (ad.case_study_id = ANY($2::uuid[]) OR ad.id = ANY($3::uuid[])))
   ORDER BY co.name
   LIMIT ${CELL_LIST_LIMIT}`;

type CaseStudyRow = Omit<
  SectorCellCaseStudy,
  'path' | 'netPresentValue' | 'paybackYear' | 'appraisalNotWorkedOut' | 'measuredFigures'
> &
  Record<keyof AppraisedFields, unknown>;

const pence = (value: unknown) => (value === null ? null : Number(value));

/** A case study row with the method's central, unadjusted figures (decision 0057). */
function caseStudyOf(row: CaseStudyRow): SectorCellCaseStudy {
  const { appraisal, notWorkedOut } = appraiseCaseStudy({
    ...(row as unknown as AppraisedFields),
    investmentPence: pence(row.investmentPence),
    investmentHighPence: pence(row.investmentHighPence),
    runningCostPencePerYear: pence(row.runningCostPencePerYear),
    cashableSavingsPencePerYear: pence(row.cashableSavingsPencePerYear),
    cashableSavingsHighPence: pence(row.cashableSavingsHighPence),
  });
  const central = appraisal?.central.unadjusted;
  return {
    id: row.id,
    title: row.title,
    path: `/case-studies/${row.id}`,
    leadCouncilCode: row.leadCouncilCode,
    leadCouncilName: row.leadCouncilName,
    figuresBasis: row.figuresBasis,
    measuredFigures: hasMeasuredFigures(row),
    netPresentValue: central
      ? {
          pence: central.netPresentValuePence.toString(),
          formatted: formatPence(Number(central.netPresentValuePence)),
        }
      : null,
    paybackYear: central?.paybackYear ?? null,
    appraisalNotWorkedOut: notWorkedOut,
  };
}

/** The lead councils of the case studies and the councils of published maps, once each. */
function willingCouncils(
  caseStudies: SectorCellCaseStudy[],
  maps: { code: string; name: string; reason: WillingReason }[],
): SectorCellCouncil[] {
  const byCode = new Map<string, SectorCellCouncil>();
  const add = (code: string, name: string, reason: WillingReason) => {
    const council = byCode.get(code) ?? { code, name, path: `/councils/${code}`, reasons: [] };
    if (!council.reasons.includes(reason)) council.reasons.push(reason);
    byCode.set(code, council);
  };
  for (const study of caseStudies)
    add(study.leadCouncilCode, study.leadCouncilName, 'LED_CASE_STUDY');
  for (const map of maps) add(map.code, map.name, map.reason);
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One cell of the sector map opened (issue 18 item 2, decision 0063): its
 * figures come from the sector map itself (same rule); everything listed is
 * material its councils published. Private maps and drafts never appear.
 */
@Injectable()
export class SectorCellService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sector: SectorMapService,
  ) {}

  async sectorCell(
    objective: StrategicObjective,
    technology: Technology,
    input: SectorMapFilter | null | undefined,
  ): Promise<SectorCellDetail> {
    const filter = sectorFilterOf(input);
    const measuredOnly = input?.measuredOnly === true;
    const where = [
      objective,
      technology,
      filter.councilType,
      filter.nation,
      filter.region,
      measuredOnly,
    ];
    const [map, rows, maps] = await Promise.all([
      this.sector.sectorMap(input),
      this.dataSource.query<CaseStudyRow[]>(CASE_STUDIES_SQL, where),
      this.dataSource.query<
        { code: string; name: string; reason: WillingReason; adoptionId: string | null }[]
      >(PUBLISHED_MAPS_SQL, where),
    ]);
    const caseStudies = rows.map(caseStudyOf);
    const components = await this.dataSource.query<Omit<SectorCellComponent, 'path'>[]>(
      COMPONENTS_SQL,
      [
        technology,
        caseStudies.map((study) => study.id),
        // An adoption states no figures: with measured figures only it is no evidence.
        measuredOnly ? [] : maps.flatMap((row) => (row.adoptionId ? [row.adoptionId] : [])),
      ],
    );
    return {
      objective,
      technology,
      councilsAnswered: map.councilsAnswered,
      suppressedReason: map.suppressedReason,
      figures: map.cells.find(
        (cell) => cell.objective === objective && cell.technology === technology,
      )!,
      caseStudies,
      components: components.map((component) => ({
        ...component,
        path: `/components/${component.id}`,
      })),
      willingCouncils: willingCouncils(caseStudies, maps),
    };
  }
}
