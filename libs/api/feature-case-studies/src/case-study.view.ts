import { type Actor, decide } from '@lgx/api/core/auth';
import type { Council } from '@lgx/api/core/councils';
import { renderMarkdown } from '@lgx/api/core/graphql';
import {
  CASE_STUDY_STAGES,
  caseStudyFigures,
  EVIDENCE_LEVELS,
  type Figure,
  FIGURE_MISSING_REASONS,
  formatPence,
  labelOf,
  type LabelTable,
  SERVICE_AREAS,
  STRATEGIC_OBJECTIVES,
  TECHNOLOGIES,
} from '@lgx/shared/domain';

import type { CaseStudyEntity } from './case-study.entity';
import type { CaseStudy, Money, TaxonomyTerm } from './case-study.object';

const money = (pence: number | null): Money | null =>
  pence === null ? null : { pence: String(pence), formatted: formatPence(pence) };
const notWorkedOut = (figure: Figure): string | null =>
  figure.missing === null ? null : FIGURE_MISSING_REASONS[figure.missing];
const terms = (keys: string[], labels: LabelTable): TaxonomyTerm[] =>
  keys.map((key) => ({ key, label: labelOf(labels, key) ?? key }));

/** The sections of the LGA template, in order, as one document. */
export function caseStudyMarkdown(
  study: Pick<CaseStudyEntity, 'challenge' | 'whatWasDone' | 'impact' | 'lessonsLearned' | 'body'>,
): string {
  return [
    ['The challenge', study.challenge],
    ['What was done', study.whatWasDone],
    ['Impact', study.impact],
    ['Lessons learned', study.lessonsLearned],
    ['Further information', study.body],
  ]
    .filter(([, text]) => text?.trim())
    .map(([heading, text]) => `## ${heading}\n\n${text}`)
    .join('\n\n');
}

/** The GraphQL view of a case study for this reader (contact details only for officers). */
export function toCaseStudy(
  study: CaseStudyEntity,
  actor: Actor,
  councils: Map<string, Council>,
  canEdit: boolean,
): CaseStudy {
  const officer = decide(actor, { action: 'officer-content.read' }).allowed;
  const figures = caseStudyFigures(study);
  return {
    id: study.id,
    title: study.title,
    summary: study.summary,
    challenge: study.challenge,
    whatWasDone: study.whatWasDone,
    impact: study.impact,
    lessonsLearned: study.lessonsLearned,
    body: study.body,
    html: renderMarkdown(caseStudyMarkdown(study)),
    leadCouncil: councils.get(study.leadCouncilCode)!,
    coAuthorCouncils: study.coAuthorCouncilCodes
      .map((code) => councils.get(code))
      .filter((c): c is Council => Boolean(c)),
    serviceAreas: terms(study.serviceAreas, SERVICE_AREAS),
    objectives: terms(study.objectives, STRATEGIC_OBJECTIVES),
    technologies: terms(study.technologies, TECHNOLOGIES),
    stage: {
      key: study.stage,
      label: labelOf(CASE_STUDY_STAGES, study.stage) ?? study.stage,
    },
    stoppedReason: study.stoppedReason,
    startDate: study.startDate,
    endDate: study.endDate,
    contactName: officer ? study.contactName : null,
    contactEmail: officer ? study.contactEmail : null,
    licence: study.licence,
    sourceUrl: study.sourceUrl,
    investment: money(study.investmentPence),
    runningCostPerYear: money(study.runningCostPencePerYear),
    cashableSavingsPerYear: money(study.cashableSavingsPencePerYear),
    hoursSavedPerYear: study.hoursSavedPerYear,
    nonCashableBenefits: study.nonCashableBenefits,
    residentsAffected: study.residentsAffected,
    evidenceLevel: study.evidenceLevel
      ? {
          key: study.evidenceLevel,
          label: labelOf(EVIDENCE_LEVELS, study.evidenceLevel) ?? study.evidenceLevel,
        }
      : null,
    paybackMonths: figures.paybackMonths.value,
    paybackNotWorkedOut: notWorkedOut(figures.paybackMonths),
    threeYearNetBenefit: money(figures.threeYearNetBenefit.value),
    threeYearNetBenefitNotWorkedOut: notWorkedOut(figures.threeYearNetBenefit),
    status: study.status,
    isSample: study.isSample,
    canEdit,
    publishedAt: study.publishedAt,
    updatedAt: study.updatedAt,
  };
}
