import { CPV_CODES, GROUP_VISIBILITIES, PROCUREMENT_ROUTES } from '@lgx/shared/domain';
import type { ProcurementGroupInput } from '@lgx/web/data-access';
import { Radios, Select, Textarea, TextInput } from '@lgx/web/ui';

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

const CPV_OPTIONS = [
  { value: '', label: 'Choose a category' },
  ...CPV_CODES.map((entry) => ({ value: entry.code, label: `${entry.code} ${entry.label}` })),
];

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
  const e = errors;
  return (
    <>
      <TextInput
        id="title"
        name="title"
        label="Title"
        error={e['title']}
        hint="For example, AI digital assistant"
        defaultValue={defaults.title}
      />
      <Textarea
        id="need"
        name="need"
        label="The need, in plain words"
        rows={5}
        error={e['need']}
        defaultValue={defaults.need}
      />
      {!wordingOnly && (
        <>
          <Select
            id="cpv-code"
            name="cpvCode"
            label="Category (CPV code)"
            options={CPV_OPTIONS}
            error={e['cpv-code']}
            defaultValue={defaults.cpvCode}
          />
          <TextInput
            id="value-per-council"
            name="estimatedValuePerCouncil"
            label="Estimated value per council, in pounds (optional)"
            hint="For example, 250000 or 1.5m"
            inputMode="decimal"
            className="govuk-input--width-10"
            error={e['value-per-council']}
            defaultValue={defaults.estimatedValuePerCouncil ?? ''}
          />
          <TextInput
            id="total-value"
            name="estimatedTotalValue"
            label="Estimated total value, in pounds (optional)"
            inputMode="decimal"
            className="govuk-input--width-10"
            error={e['total-value']}
            defaultValue={defaults.estimatedTotalValue ?? ''}
          />
          <TextInput
            id="desired-start"
            name="desiredStart"
            type="date"
            label="Desired contract start"
            hint="For example, 2027-04-01"
            className="govuk-input--width-10"
            error={e['desired-start']}
            defaultValue={defaults.desiredStart}
          />
          <Radios
            id="route"
            name="route"
            legend="Preferred route to market"
            error={e['route']}
            defaultValue={defaults.route}
            items={Object.entries(PROCUREMENT_ROUTES).map(([value, label]) => ({ value, label }))}
          />
          <TextInput
            id="framework-name"
            name="frameworkName"
            label="Framework (for an existing framework only)"
            hint="For example, G-Cloud 14"
            error={e['framework-name']}
            defaultValue={defaults.frameworkName ?? ''}
          />
          <TextInput
            id="framework-lot"
            name="frameworkLot"
            label="Lot (for an existing framework only)"
            error={e['framework-lot']}
            defaultValue={defaults.frameworkLot ?? ''}
          />
          <TextInput
            id="minimum-councils"
            name="minimumCouncils"
            label="Minimum number of councils for the bid to go ahead"
            inputMode="numeric"
            className="govuk-input--width-3"
            defaultValue={String(defaults.minimumCouncils)}
            error={e['minimum-councils']}
          />
          <Radios
            id="visibility"
            name="visibility"
            legend="Who can join"
            error={e['visibility']}
            defaultValue={defaults.visibility}
            items={Object.entries(GROUP_VISIBILITIES).map(([value, label]) => ({
              value,
              label,
              hint:
                value === 'OPEN'
                  ? 'Any council finds it in search and can join'
                  : 'Only councils you invite or accept; others cannot find it',
            }))}
          />
          <TextInput
            id="interest-closes-on"
            name="interestClosesOn"
            type="date"
            label="Closing date for expressions of interest"
            className="govuk-input--width-10"
            error={e['interest-closes-on']}
            defaultValue={defaults.interestClosesOn}
          />
        </>
      )}
    </>
  );
}
