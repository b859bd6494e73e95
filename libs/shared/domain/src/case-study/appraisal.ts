import {
  type Appraisal,
  appraise,
  isOptimismBiasProjectType,
  type StatedAmount,
  type StatedPeriod,
} from '../appraisal';
import { APPRAISAL_NEEDS } from './measured-figures';

/** What the method reads from a case study (money in whole pence, as stored). */
export interface AppraisedFields {
  investmentPence: number | null;
  investmentHighPence: number | null;
  investmentUpTo: boolean;
  runningCostPencePerYear: number | null;
  cashableSavingsPencePerYear: number | null;
  cashableSavingsHighPence: number | null;
  cashableSavingsUpTo: boolean;
  cashableSavingsOver: 'YEAR' | 'PERIOD';
  savingsPeriodYears: number | null;
  savingsPeriodYearsTo: number | null;
  projectType: string;
}

/** The method's appraisal of a case study, or why there is none, for people. */
export type CaseStudyAppraisal =
  { appraisal: Appraisal; notWorkedOut: null } | { appraisal: null; notWorkedOut: string };

function stated(pence: number, highPence: number | null, upTo: boolean): StatedAmount {
  if (upTo) return { kind: 'up-to', pence: BigInt(pence) };
  if (highPence !== null)
    return { kind: 'between', lowPence: BigInt(pence), highPence: BigInt(highPence) };
  return { kind: 'exactly', pence: BigInt(pence) };
}

function period(from: number, to: number | null): StatedPeriod {
  return to === null || to === from
    ? { kind: 'exactly', years: from }
    : { kind: 'between', fromYears: from, toYears: to };
}

/** Shown where a case study states no money at all. */
export const NO_FIGURES_GIVEN = 'No figures given';

function missingFigures(study: AppraisedFields): string | null {
  if (study.investmentPence === null && study.cashableSavingsPencePerYear === null)
    return NO_FIGURES_GIVEN;
  const missing: string[] = APPRAISAL_NEEDS.filter(({ field }) => study[field] === null).map(
    ({ label }) => label,
  );
  if (missing.length === 0) return null;
  const list =
    missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  return `Not worked out: ${list} ${missing.length === 1 ? 'is' : 'are'} not given`;
}

/**
 * LGX's appraisal method (decision 0055) applied to what a case study states:
 * the one basis for every figure derived from a case study's money (decision
 * 0057). None when the investment, the saving or the period is not given.
 */
export function appraiseCaseStudy(study: AppraisedFields): CaseStudyAppraisal {
  const missing = missingFigures(study);
  if (missing !== null) return { appraisal: null, notWorkedOut: missing };
  const result = appraise({
    investment: stated(study.investmentPence!, study.investmentHighPence, study.investmentUpTo),
    runningCostPerYear:
      study.runningCostPencePerYear === null
        ? null
        : { kind: 'exactly', pence: BigInt(study.runningCostPencePerYear) },
    cashableSavings: {
      per: study.cashableSavingsOver === 'PERIOD' ? 'period' : 'year',
      amount: stated(
        study.cashableSavingsPencePerYear!,
        study.cashableSavingsHighPence,
        study.cashableSavingsUpTo,
      ),
    },
    period: period(study.savingsPeriodYears!, study.savingsPeriodYearsTo),
    projectType: isOptimismBiasProjectType(study.projectType)
      ? study.projectType
      : 'equipment-development',
  });
  if (result.problems)
    return {
      appraisal: null,
      notWorkedOut: `Not worked out: ${result.problems.map((p) => p.message).join(' ')}`,
    };
  return { appraisal: result.appraisal, notWorkedOut: null };
}
