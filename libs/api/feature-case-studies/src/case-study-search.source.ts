import { QuestionSubjects } from '@lgx/api/core/contracts';
import { CouncilEntity } from '@lgx/api/core/councils';
import {
  EntitySearchSource,
  type SearchDocument,
  SearchSourceRegistry,
} from '@lgx/api/core/search';
import {
  appraiseCaseStudy,
  CASE_STUDY_STAGES,
  EVIDENCE_LEVELS,
  hasMeasuredFigures,
  labelOf,
  type LabelTable,
  SERVICE_AREAS,
  STRATEGIC_OBJECTIVES,
  TECHNOLOGIES,
} from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';

import { CaseStudyEntity } from './case-study.entity';
import { caseStudyMarkdown } from './case-study.view';
import { statedFiguresText } from './case-study-figures.text';
import { CASE_STUDY_SEARCH } from './case-study-search.definition';

const label = (labels: LabelTable) => (key: string) => labelOf(labels, key) ?? key;

/** The facet value of a case study's figures (only for one the method could appraise). */
export const FIGURES_BASIS_LABELS = { ACTUAL: 'Measured actual', FORECAST: 'Forecast' } as const;

/**
 * "Measured actual" exactly when the case study has measured figures (decision
 * 0075, the definition the sector map and the business case use too); "Forecast"
 * for other figures the method appraised; none without an appraisal.
 */
function figuresFacet(study: CaseStudyEntity, appraised: boolean): string | undefined {
  if (hasMeasuredFigures(study)) return FIGURES_BASIS_LABELS.ACTUAL;
  return appraised ? FIGURES_BASIS_LABELS.FORECAST : undefined;
}

/**
 * The figures of a result, from the appraisal method (decision 0057): the
 * stated figures as people read them, the central net present value in
 * whole pence (exact as a number: far below 2^53) and the payback year, for
 * sorting and for the result; absent when there is no appraisal, so those
 * sort last, and the reason instead.
 */
function appraisalFields(study: CaseStudyEntity): Partial<SearchDocument> {
  const { appraisal, notWorkedOut } = appraiseCaseStudy(study);
  const stated = statedFiguresText(study);
  const common = {
    investmentText: stated.investment ?? undefined,
    cashableSavingsText: stated.cashableSavings ?? undefined,
  };
  const figures = figuresFacet(study, appraisal !== null);
  if (!appraisal) return { ...common, figures, appraisalNotWorkedOut: notWorkedOut ?? undefined };
  const central = appraisal.central.unadjusted;
  return {
    ...common,
    npvCentralPence: Number(central.netPresentValuePence),
    paybackYears: central.paybackYear ?? undefined,
    figures,
  };
}

/**
 * A case study's search document: published ones are public; drafts and
 * those in review are visible only to their councils; archived ones leave
 * the index. Contact details are never indexed.
 */
export function caseStudyDocument(
  study: CaseStudyEntity,
  lead: CouncilEntity | undefined,
): SearchDocument | null {
  if (study.status === 'ARCHIVED') return null;
  return {
    id: study.id,
    type: 'case_study',
    title: study.title,
    titleSort: study.title.toLowerCase(),
    summary: study.summary,
    // Lessons have their own field, ranked above the body, so the body leaves them out.
    body: caseStudyMarkdown({ ...study, lessonsLearned: '' }).slice(0, 20_000),
    lessons: study.lessonsLearned.slice(0, 5_000),
    url: `/case-studies/${study.id}`,
    visibility: study.status === 'PUBLISHED' ? 'public' : 'council',
    councilCodes: [study.leadCouncilCode, ...study.coAuthorCouncilCodes],
    groupIds: [],
    councilCode: study.leadCouncilCode,
    councilName: lead?.niceName,
    nation: lead?.nation,
    region: lead?.region ?? undefined,
    councilType: lead?.typeCode,
    serviceAreas: study.serviceAreas.map(label(SERVICE_AREAS)),
    objectives: study.objectives.map(label(STRATEGIC_OBJECTIVES)),
    technologies: study.technologies.map(label(TECHNOLOGIES)),
    stage: label(CASE_STUDY_STAGES)(study.stage),
    evidenceLevel: study.evidenceLevel ? label(EVIDENCE_LEVELS)(study.evidenceLevel) : undefined,
    // A yearly saving only: a total over a period is not comparable with it.
    cashableSavingsPerYear:
      study.cashableSavingsPencePerYear === null || study.cashableSavingsOver !== 'YEAR'
        ? undefined
        : Math.round(study.cashableSavingsPencePerYear / 100),
    ...appraisalFields(study),
    publishedAt: study.publishedAt ? Math.floor(study.publishedAt.getTime() / 1000) : undefined,
  };
}

@Injectable()
export class CaseStudySearchSource extends EntitySearchSource<CaseStudyEntity> {
  readonly definition = CASE_STUDY_SEARCH;

  constructor(
    @InjectDataSource() db: DataSource,
    registry: SearchSourceRegistry,
    private readonly questions: QuestionSubjects,
  ) {
    super(db, registry);
  }

  protected rows(ids: string[]): Promise<CaseStudyEntity[]> {
    return this.db.getRepository(CaseStudyEntity).findBy({ id: In(ids) });
  }

  protected page(skip: number, take: number): Promise<CaseStudyEntity[]> {
    return this.db.getRepository(CaseStudyEntity).find({ order: { id: 'ASC' }, skip, take });
  }

  protected async documents(
    studies: CaseStudyEntity[],
  ): Promise<Map<string, SearchDocument | null>> {
    const leads = await this.db
      .getRepository(CouncilEntity)
      .findBy({ code: In([...new Set(studies.map((s) => s.leadCouncilCode))]) });
    const byCode = new Map(leads.map((council) => [council.code, council]));
    // Public questions and answers are found with their case study (decision 0047).
    return this.questions.withPublicQuestions(
      'case_study',
      new Map(
        studies.map((study) => [
          study.id,
          caseStudyDocument(study, byCode.get(study.leadCouncilCode)),
        ]),
      ),
    );
  }
}
