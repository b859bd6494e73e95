import { PROCUREMENT_ROUTES } from '@lgx/shared/domain';
import { CpvAutocomplete, DateInput, datePartsFromIso, Radios, TextInput } from '@lgx/web/ui';

import type { GroupFieldsetProps } from './group-fieldset-props';

/** The contract sought: category, values, start and route to market. */
export function GroupContractFieldset({ errors: e, dateParts = {}, defaults }: GroupFieldsetProps) {
  return (
    <>
      <CpvAutocomplete
        id="cpv-code"
        name="cpvCode"
        label="Category"
        error={e['cpv-code']}
        defaultCode={defaults.cpvCode}
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
      <DateInput
        id="desired-start"
        legend="Desired contract start"
        hint="For example, 1 4 2027"
        error={e['desired-start']}
        errorParts={dateParts['desired-start']}
        defaultValue={datePartsFromIso(defaults.desiredStart)}
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
    </>
  );
}
