import type { Actor } from '@lgx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { measuredFiguresSql } from '@lgx/shared/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { caseStudyNotPublished, invalidBusinessCaseRequest } from './business-case.errors';
import { businessCaseFigures, type PeerRow } from './business-case.figures';
import type { BusinessCaseModel, OurCouncil } from './business-case.model';
import { type BusinessCaseAsked, readBusinessCaseRequest } from './business-case.rules';

/** The most peers a business case reads: the most recently published first. */
export const MAX_PEERS = 50;

/**
 * Published only, always: a draft, in review or archived case study is never a peer.
 * With measured figures only ($2), only those with measured figures (decision 0075),
 * and the chosen case study ($1), which heads the business case either way.
 */
const PEERS_SQL = (where: string) => `
  SELECT s.id, s.title, s.summary, s.challenge, s.what_was_done AS "whatWasDone",
         s.lessons_learned AS "lessonsLearned", c.nice_name AS "councilName",
         c.population AS "councilPopulation", s.figures_basis AS "figuresBasis",
         s.project_type AS "projectType", s.investment_pence::text AS "investmentPence",
         s.investment_high_pence::text AS "investmentHighPence", s.investment_up_to AS "investmentUpTo",
         s.running_cost_pence_per_year::text AS "runningCostPencePerYear",
         s.cashable_savings_pence_per_year::text AS "cashableSavingsPencePerYear",
         s.cashable_savings_high_pence::text AS "cashableSavingsHighPence",
         s.cashable_savings_up_to AS "cashableSavingsUpTo",
         s.cashable_savings_over AS "cashableSavingsOver",
         s.savings_period_years AS "savingsPeriodYears",
         s.savings_period_years_to AS "savingsPeriodYearsTo"
    FROM case_study s JOIN council c ON c.code = s.lead_council_code
   WHERE s.status = 'PUBLISHED' AND (${where})
     AND (s.id = $1 OR NOT $2::boolean OR ${measuredFiguresSql('s')})
   ORDER BY s.id = $1 DESC, s.published_at DESC NULLS LAST, s.id
   LIMIT ${MAX_PEERS}`;

/** The chosen case study and the published ones sharing an objective and a technology with it. */
const PEERS_OF_CASE_STUDY_SQL = `
  WITH chosen AS (SELECT objectives, technologies FROM case_study
                   WHERE id = $1 AND status = 'PUBLISHED')
  ${PEERS_SQL(`s.id = $1 OR EXISTS (SELECT 1 FROM chosen WHERE
      (cardinality(chosen.objectives) > 0 OR cardinality(chosen.technologies) > 0)
      AND (cardinality(chosen.objectives) = 0 OR s.objectives && chosen.objectives)
      AND (cardinality(chosen.technologies) = 0 OR s.technologies && chosen.technologies))`)}`;

/** The published case studies of one sector map cell. */
const PEERS_OF_CELL_SQL = PEERS_SQL(`$3 = ANY(s.objectives) AND $4 = ANY(s.technologies)`);

/**
 * "Our business case" (issue 18): the economic case pre-filled from the
 * comparable published case studies, scaled to the officer's council
 * (decision 0065). Reads case studies and councils with SQL, as the sector
 * map does: features never import each other.
 */
@Injectable()
export class BusinessCaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async businessCase(actor: Actor, asked: BusinessCaseAsked): Promise<BusinessCaseModel> {
    const { request, problem } = readBusinessCaseRequest(asked);
    if (problem) throw invalidBusinessCaseRequest(problem);
    const council = await this.ourCouncil(actor);
    const rows =
      request.kind === 'case-study'
        ? await this.dataSource.query<PeerRow[]>(PEERS_OF_CASE_STUDY_SQL, [
            request.caseStudyId,
            request.measuredOnly,
          ])
        : await this.dataSource.query<PeerRow[]>(PEERS_OF_CELL_SQL, [
            null,
            request.measuredOnly,
            request.objective,
            request.technology,
          ]);
    const chosen =
      request.kind === 'case-study'
        ? rows.find((row) => row.id === request.caseStudyId)
        : undefined;
    if (request.kind === 'case-study' && !chosen) throw caseStudyNotPublished();
    return {
      request,
      chosen: chosen ?? null,
      council,
      figures: businessCaseFigures(rows, council?.population ?? null, request.measuredOnly),
      publicUrl: this.config.publicUrl,
      preparedOn: new Date().toISOString().slice(0, 10),
    };
  }

  private async ourCouncil(actor: Actor): Promise<OurCouncil | null> {
    if (!actor.council) return null;
    const [council] = await this.dataSource.query<OurCouncil[]>(
      `SELECT code, nice_name AS name, population FROM council WHERE code = $1`,
      [actor.council.code],
    );
    return council ?? null;
  }
}
