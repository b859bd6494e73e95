import {
  AMBITION_BARRIERS,
  AMBITION_PLANS,
  AMBITION_POTENTIALS,
  AMBITION_READINESS,
  type LabelTable,
} from '@lgx/shared/domain';

/** A table of keys to labels as radio or checkbox items. */
export const itemsOf = (table: LabelTable) =>
  Object.entries(table).map(([value, label]) => ({ value, label }));

export const POTENTIAL_ITEMS = itemsOf(AMBITION_POTENTIALS);
export const PLAN_ITEMS = itemsOf(AMBITION_PLANS);
export const BARRIER_ITEMS = itemsOf(AMBITION_BARRIERS);
export const READINESS_ITEMS = itemsOf(AMBITION_READINESS);
export const IMPORTANCE_ITEMS = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }));
