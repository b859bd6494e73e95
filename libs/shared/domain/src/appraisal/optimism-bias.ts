/**
 * Optimism bias: the proven tendency of appraisals to understate costs and
 * durations. HM Treasury, "Supplementary Green Book Guidance: Optimism Bias"
 * (2003, from Mott MacDonald, "Review of Large Public Procurement in the UK",
 * 2002), Table 2 "Optimism Bias Guidelines": upper (U) and lower (L) bounds,
 * in percent, for capital expenditure and works duration (operating
 * expenditure for outsourcing). The upper bound applies at the start of an
 * appraisal; it comes down towards the lower bound only as specific risks are
 * shown to be managed.
 */
export const OPTIMISM_BIAS_SOURCE =
  'HM Treasury, Supplementary Green Book Guidance: Optimism Bias (2003), Table 2 "Optimism Bias Guidelines", from Mott MacDonald, Review of Large Public Procurement in the UK (2002)';

/** An upper and a lower bound, in whole percent. */
export interface OptimismBiasBounds {
  readonly upperPercent: number;
  readonly lowerPercent: number;
}

export interface OptimismBiasGuideline {
  readonly label: string;
  /** What the uplift applies to: capital (the investment) or, for outsourcing, operating costs. */
  readonly appliesTo: 'investment' | 'running-cost';
  /** Capital expenditure (CAPEX), or operating expenditure (OPEX) for outsourcing. */
  readonly cost: OptimismBiasBounds;
  /** Works duration; null where the guidance gives none (outsourcing). Shown, not applied. */
  readonly worksDuration: OptimismBiasBounds | null;
}

export const OPTIMISM_BIAS_GUIDELINES = Object.freeze({
  'standard-buildings': {
    label: 'Standard buildings',
    appliesTo: 'investment',
    cost: { upperPercent: 24, lowerPercent: 2 },
    worksDuration: { upperPercent: 4, lowerPercent: 1 },
  },
  'non-standard-buildings': {
    label: 'Non-standard buildings',
    appliesTo: 'investment',
    cost: { upperPercent: 51, lowerPercent: 4 },
    worksDuration: { upperPercent: 39, lowerPercent: 2 },
  },
  'standard-civil-engineering': {
    label: 'Standard civil engineering',
    appliesTo: 'investment',
    cost: { upperPercent: 44, lowerPercent: 3 },
    worksDuration: { upperPercent: 20, lowerPercent: 1 },
  },
  'non-standard-civil-engineering': {
    label: 'Non-standard civil engineering',
    appliesTo: 'investment',
    cost: { upperPercent: 66, lowerPercent: 6 },
    worksDuration: { upperPercent: 25, lowerPercent: 3 },
  },
  'equipment-development': {
    label: 'Equipment and development (including IT and digital systems)',
    appliesTo: 'investment',
    cost: { upperPercent: 200, lowerPercent: 10 },
    worksDuration: { upperPercent: 54, lowerPercent: 10 },
  },
  outsourcing: {
    label: 'Outsourcing',
    appliesTo: 'running-cost',
    cost: { upperPercent: 41, lowerPercent: 0 },
    worksDuration: null,
  },
} satisfies Record<string, OptimismBiasGuideline>);

export type OptimismBiasProjectType = keyof typeof OPTIMISM_BIAS_GUIDELINES;

export const OPTIMISM_BIAS_PROJECT_TYPES = Object.keys(
  OPTIMISM_BIAS_GUIDELINES,
) as OptimismBiasProjectType[];

/** The project type LGX uses for digital projects (software, AI, devices) unless told otherwise. */
export const DIGITAL_PROJECT_TYPE: OptimismBiasProjectType = 'equipment-development';

/** The optimism bias LGX applies to a project of this type: the upper bound, with its source. */
export interface OptimismBiasApplied {
  readonly projectType: OptimismBiasProjectType;
  readonly appliesTo: OptimismBiasGuideline['appliesTo'];
  readonly upliftPercent: number;
  readonly source: string;
}

export function optimismBiasFor(projectType: OptimismBiasProjectType): OptimismBiasApplied {
  const guideline: OptimismBiasGuideline = OPTIMISM_BIAS_GUIDELINES[projectType];
  return {
    projectType,
    appliesTo: guideline.appliesTo,
    upliftPercent: guideline.cost.upperPercent,
    source: OPTIMISM_BIAS_SOURCE,
  };
}
