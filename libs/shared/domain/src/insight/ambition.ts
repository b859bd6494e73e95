/**
 * A council's digital ambition map (issue 18): per strategic objective how
 * important it is, and per objective and technology the potential it sees,
 * its plan, what holds it back and whether it is ready. Objectives and
 * technologies are the case study taxonomies (STRATEGIC_OBJECTIVES,
 * TECHNOLOGIES), so a map cell and the case studies behind it share keys.
 */
export const AMBITION_POTENTIALS = Object.freeze({
  NONE: 'None',
  SOME: 'Some',
  HIGH: 'High',
} as const);

export const AMBITION_PLANS = Object.freeze({
  NONE: 'No plans',
  EXPLORING: 'Exploring',
  PLANNED_WITHIN_FIVE_YEARS: 'Planned within five years',
  PILOTING: 'Piloting',
  LIVE: 'Live',
} as const);

export const AMBITION_BARRIERS = Object.freeze({
  SKILLS: 'Skills',
  FUNDING: 'Funding',
  DATA: 'Data',
  LEADERSHIP: 'Leadership',
  LEGACY_SYSTEMS: 'Legacy systems',
  SUPPLIER_MARKET: 'Supplier market',
  CULTURE: 'Culture',
} as const);

/** The answer to "Do we have the knowledge, ability and confidence to deliver this?". */
export const AMBITION_READINESS = Object.freeze({
  YES: 'Yes',
  PARTLY: 'Partly',
  NO: 'No',
} as const);

export const AMBITION_READINESS_QUESTION =
  'Do we have the knowledge, ability and confidence to deliver this?';

/** Importance of an objective to the council, 1 (least) to 5 (most). */
export const AMBITION_IMPORTANCE = { min: 1, max: 5 } as const;

export type AmbitionPotential = keyof typeof AMBITION_POTENTIALS;
export type AmbitionPlan = keyof typeof AMBITION_PLANS;
export type AmbitionBarrier = keyof typeof AMBITION_BARRIERS;
export type AmbitionReadiness = keyof typeof AMBITION_READINESS;

/** Plans that say the council is doing it: they must point to evidence of its own. */
export function planNeedsEvidence(plan: AmbitionPlan | null | undefined): boolean {
  return plan === 'PILOTING' || plan === 'LIVE';
}
