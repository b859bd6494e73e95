import type { EditProcurementGroupQuery, ProcurementGroupInput } from '@lgx/web/data-access';
import { poundsFromPence } from '@lgx/web/util';

type Group = EditProcurementGroupQuery['procurementGroup'];

/** The API's field names, mapped to input ids in the order they appear. */
export const GROUP_FIELD_IDS = {
  title: 'title',
  need: 'need',
  cpvCode: 'cpv-code',
  estimatedValuePerCouncil: 'value-per-council',
  estimatedTotalValue: 'total-value',
  desiredStart: 'desired-start',
  route: 'route',
  frameworkName: 'framework-name',
  frameworkLot: 'framework-lot',
  minimumCouncils: 'minimum-councils',
  visibility: 'visibility',
  interestClosesOn: 'interest-closes-on',
} as const;

/** What the form starts with: a new group's defaults, or a group's current details. */
export const NEW_GROUP: ProcurementGroupInput = {
  title: '',
  need: '',
  cpvCode: '',
  estimatedValuePerCouncil: null,
  estimatedTotalValue: null,
  desiredStart: '',
  route: 'OPEN_PROCEDURE',
  frameworkName: null,
  frameworkLot: null,
  minimumCouncils: 2,
  visibility: 'OPEN',
  interestClosesOn: '',
};

/**
 * The group as the form holds it. Fields not on the form (`wordingOnly`) keep
 * their values from `defaults`, so the API sees them unchanged.
 */
export function groupInputFromForm(
  form: FormData,
  defaults: ProcurementGroupInput = NEW_GROUP,
): ProcurementGroupInput {
  const text = (name: keyof ProcurementGroupInput) => {
    const value = form.get(name);
    return value === null ? String(defaults[name] ?? '') : String(value);
  };
  const minimum = Number.parseInt(text('minimumCouncils'), 10);
  return {
    title: text('title'),
    need: text('need'),
    cpvCode: text('cpvCode'),
    estimatedValuePerCouncil: text('estimatedValuePerCouncil') || null,
    estimatedTotalValue: text('estimatedTotalValue') || null,
    desiredStart: text('desiredStart'),
    route: text('route'),
    frameworkName: text('frameworkName') || null,
    frameworkLot: text('frameworkLot') || null,
    minimumCouncils: Number.isNaN(minimum) ? 0 : minimum,
    visibility: text('visibility'),
    interestClosesOn: text('interestClosesOn'),
  };
}

/** The group's current details, as the form's starting values. */
export function groupAsInput(group: Group): ProcurementGroupInput {
  return {
    title: group.title,
    need: group.need,
    cpvCode: group.category.code,
    estimatedValuePerCouncil: group.estimatedValuePerCouncil
      ? poundsFromPence(group.estimatedValuePerCouncil.pence, { grouped: false })
      : null,
    estimatedTotalValue: group.estimatedTotalValue
      ? poundsFromPence(group.estimatedTotalValue.pence, { grouped: false })
      : null,
    desiredStart: group.desiredStart ?? '',
    route: group.route ?? '',
    frameworkName: group.frameworkName,
    frameworkLot: group.frameworkLot,
    minimumCouncils: group.minimumCouncils ?? 2,
    visibility: group.visibility,
    interestClosesOn: group.interestClosesOn ?? '',
  };
}
