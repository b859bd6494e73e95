import type { EditProcurementGroupQuery, ProcurementGroupInput } from '@lgx/web/data-access';
import { type DatePart, datePartsFromForm, type FormProblem, readDateParts } from '@lgx/web/ui';
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

/** The group as read from the form, with what the form itself found wrong. */
export interface ReadGroup {
  input: ProcurementGroupInput;
  /** Problems only the form can see (which box of a date, a category typed but not chosen). */
  problems: FormProblem[];
  /** For a date with a problem, the boxes to mark, by input id. */
  dateParts: Record<string, DatePart[]>;
}

const DATES = [
  ['desiredStart', 'The desired contract start'],
  ['interestClosesOn', 'The closing date for expressions of interest'],
] as const;

/**
 * The group as the form holds it. Fields not on the form (`wordingOnly`) keep
 * their values from `defaults`, so the API sees them unchanged. A date or a
 * category the form cannot read goes empty, which the API refuses along with
 * every other problem; the form's own words for it replace the API's.
 * `typedCategory` is the text in the category's box, chosen or not.
 */
export function readGroupForm(
  form: FormData,
  defaults: ProcurementGroupInput = NEW_GROUP,
  typedCategory = '',
): ReadGroup {
  const problems: FormProblem[] = [];
  const dateParts: Record<string, DatePart[]> = {};
  const text = (name: keyof ProcurementGroupInput) => {
    const value = form.get(name);
    return value === null ? String(defaults[name] ?? '') : String(value);
  };
  const date = (field: (typeof DATES)[number][0], label: string) => {
    const id = GROUP_FIELD_IDS[field];
    if (form.get(`${id}-day`) === null) return defaults[field];
    const reading = readDateParts(datePartsFromForm(form, id), label);
    if (reading.ok) return reading.value ?? '';
    problems.push({ field, message: reading.message });
    dateParts[id] = reading.parts;
    return '';
  };
  const cpvCode = text('cpvCode');
  if (!cpvCode && form.get('cpvCode') !== null)
    problems.push({
      field: 'cpvCode',
      message: typedCategory
        ? `Choose a category from the list: start typing what it is, like “software”`
        : 'Choose a category: start typing what it is, like “software”',
    });
  const minimum = Number.parseInt(text('minimumCouncils'), 10);
  const [desiredStart, interestClosesOn] = DATES.map(([field, label]) => date(field, label));
  const input: ProcurementGroupInput = {
    title: text('title'),
    need: text('need'),
    cpvCode,
    estimatedValuePerCouncil: text('estimatedValuePerCouncil') || null,
    estimatedTotalValue: text('estimatedTotalValue') || null,
    desiredStart: desiredStart!,
    route: text('route'),
    frameworkName: text('frameworkName') || null,
    frameworkLot: text('frameworkLot') || null,
    minimumCouncils: Number.isNaN(minimum) ? 0 : minimum,
    visibility: text('visibility'),
    interestClosesOn: interestClosesOn!,
  };
  return { input, problems, dateParts };
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
