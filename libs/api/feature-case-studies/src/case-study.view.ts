import { type Actor, decide } from '@lgx/api/core/auth';
import type { Council } from '@lgx/api/core/councils';
import { renderMarkdown } from '@lgx/api/core/graphql';
import {
  appraiseCaseStudy,
  CASE_STUDY_STAGES,
  EVIDENCE_LEVELS,
  formatPence,
  labelOf,
  type LabelTable,
  OPTIMISM_BIAS_GUIDELINES,
  SERVICE_AREAS,
  STRATEGIC_OBJECTIVES,
  TECHNOLOGIES,
} from '@lgx/shared/domain';

import type { CaseStudyEntity } from './case-study.entity';
import type { CaseStudy, Money, TaxonomyTerm } from './case-study.object';
import { toCaseStudyAppraisal } from './case-study-appraisal.view';
import { statedFiguresText } from './case-study-figures.text';

const money = (pence: number | null): Money | null =>
  pence === null ? null : { pence: String(pence), formatted: formatPence(pence) };
const OPTIMISM_BIAS_LABELS: LabelTable = Object.fromEntries(
  Object.entries(OPTIMISM_BIAS_GUIDELINES).map(([key, guideline]) => [key, guideline.label]),
);
const hasRange = (study: CaseStudyEntity) =>
  study.investmentHighPence !== null ||
  study.investmentUpTo ||
  study.cashableSavingsHighPence !== null ||
  study.cashableSavingsUpTo ||
  (study.savingsPeriodYearsTo !== null && study.savingsPeriodYearsTo !== study.savingsPeriodYears);
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
  const { appraisal, notWorkedOut } = appraiseCaseStudy(study);
  const stated = statedFiguresText(study);
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
    liveSince: study.liveSince,
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
    investmentHigh: money(study.investmentHighPence),
    investmentUpTo: study.investmentUpTo,
    cashableSavingsHigh: money(study.cashableSavingsHighPence),
    cashableSavingsUpTo: study.cashableSavingsUpTo,
    cashableSavingsOver: study.cashableSavingsOver,
    investmentStated: stated.investment,
    cashableSavingsStated: stated.cashableSavings,
    savingsPeriodYears: study.savingsPeriodYears,
    savingsPeriodYearsTo: study.savingsPeriodYearsTo,
    projectType: terms([study.projectType], OPTIMISM_BIAS_LABELS)[0]!,
    figuresBasis: study.figuresBasis,
    appraisal: appraisal && toCaseStudyAppraisal(appraisal, hasRange(study)),
    appraisalNotWorkedOut: notWorkedOut,
    status: study.status,
    isSample: study.isSample,
    canEdit,
    publishedAt: study.publishedAt,
    updatedAt: study.updatedAt,
  };
}
