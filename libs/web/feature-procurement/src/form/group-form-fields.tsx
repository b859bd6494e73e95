import type { ProcurementGroupInput } from '@lgx/web/data-access';

import { GroupContractFieldset } from '../components/group-contract-fieldset';
import { GroupMembershipFieldset } from '../components/group-membership-fieldset';
import { GroupWordingFieldset } from '../components/group-wording-fieldset';

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

/**
 * The fields of a group, for starting one and for changing it. With
 * `wordingOnly` (a group that has gone to tender) only the title and need.
 */
export function GroupFormFields({
  errors,
  defaults = NEW_GROUP,
  wordingOnly = false,
}: {
  /** Error messages by input id. */
  errors: Record<string, string | undefined>;
  defaults?: ProcurementGroupInput;
  wordingOnly?: boolean;
}) {
  return (
    <>
      <GroupWordingFieldset errors={errors} defaults={defaults} />
      {!wordingOnly && (
        <>
          <GroupContractFieldset errors={errors} defaults={defaults} />
          <GroupMembershipFieldset errors={errors} defaults={defaults} />
        </>
      )}
    </>
  );
}
