export {
  type Appraisal,
  APPRAISAL_METHOD_VERSION,
  type AppraisalInput,
  appraisalProblems,
  type AppraisalResult,
  type AppraisalScenario,
  appraise,
} from './appraisal';
export { type AppraisalOutcome, type DiscountedCashFlow } from './appraisal-outcome';
export { type ScenarioFigures, type YearlyCashFlow } from './cash-flows';
export {
  type DiscountBand,
  discountFactor,
  discountRateBasisPoints,
  GREEN_BOOK_DISCOUNT_SCHEDULE,
} from './discounting';
export {
  DIGITAL_PROJECT_TYPE,
  OPTIMISM_BIAS_GUIDELINES,
  OPTIMISM_BIAS_PROJECT_TYPES,
  OPTIMISM_BIAS_SOURCE,
  type OptimismBiasApplied,
  type OptimismBiasBounds,
  optimismBiasFor,
  type OptimismBiasGuideline,
  type OptimismBiasProjectType,
} from './optimism-bias';
export { formatRatio, type Ratio, ratio, roundToWhole, scaleToWhole } from './ratio';
export {
  amountReadings,
  type AppraisalProblem,
  isOptimismBiasProjectType,
  MAX_APPRAISAL_YEARS,
  periodReadingsInMonths,
  type StatedAmount,
  type StatedPeriod,
} from './stated-figures';
