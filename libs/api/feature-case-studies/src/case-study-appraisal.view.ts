import type { Money } from '@lgx/api/core/graphql';
import {
  type Appraisal,
  type AppraisalOutcome,
  type AppraisalScenario,
  formatPence,
  formatRatio,
  OPTIMISM_BIAS_GUIDELINES,
} from '@lgx/shared/domain';

import type {
  AppraisalFigures,
  AppraisalScenarioFigures,
  CaseStudyAppraisal,
} from './case-study-appraisal.object';

/** The public page describing the method. */
export const APPRAISAL_METHOD_URL = '/appraisal-method';

/** Exact pence as a string; the formatted text is rounded for reading only. */
export const exactMoney = (pence: bigint): Money => ({
  pence: pence.toString(),
  formatted: formatPence(Number(pence)),
});

function figures(outcome: AppraisalOutcome): AppraisalFigures {
  return {
    netPresentValue: exactMoney(outcome.netPresentValuePence),
    presentValueCosts: exactMoney(outcome.presentValueCostsPence),
    presentValueBenefits: exactMoney(outcome.presentValueBenefitsPence),
    benefitCostRatio:
      outcome.benefitCostRatio === null ? null : formatRatio(outcome.benefitCostRatio, 2),
    paybackYear: outcome.paybackYear,
    discountedPaybackYear: outcome.discountedPaybackYear,
  };
}

const scenario = (reading: AppraisalScenario): AppraisalScenarioFigures => ({
  unadjusted: figures(reading.unadjusted),
  adjusted: figures(reading.adjusted),
});

/** The GraphQL view of the method's appraisal of a case study. */
export function toCaseStudyAppraisal(appraisal: Appraisal, hasRange: boolean): CaseStudyAppraisal {
  const bias = appraisal.optimismBias;
  return {
    methodVersion: appraisal.methodVersion,
    methodUrl: APPRAISAL_METHOD_URL,
    hasRange,
    optimismBias: {
      projectType: bias.projectType,
      label: OPTIMISM_BIAS_GUIDELINES[bias.projectType].label,
      upliftPercent: bias.upliftPercent,
      appliesTo: bias.appliesTo,
      source: bias.source,
    },
    low: scenario(appraisal.low),
    central: scenario(appraisal.central),
    high: scenario(appraisal.high),
  };
}
