import { CONTRACT_VALUE_BANDS, ROUTES_TO_MARKET } from '@lgx/shared/domain';
import { DateInput, datePartsFromIso, Radios, Select, TextInput } from '@lgx/web/ui';

import { YES_NO, yesNo } from '../model/yes-no';
import type { ExperienceFieldsetProps } from './experience-fieldset-props';

const options = (labels: Record<string, string>, prompt: string) => [
  { value: '', label: prompt },
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];

/** The contract: its dates, whether it is current, its value and how it was bought. */
export function ExperienceContractFieldset({
  experience,
  error,
  dateParts = {},
}: ExperienceFieldsetProps) {
  return (
    <>
      <DateInput
        id="contractStart"
        legend="When did the contract start?"
        hint="For example, 1 4 2021"
        defaultValue={datePartsFromIso(experience?.contractStart)}
        error={error('contractStart')}
        errorParts={dateParts['contractStart']}
      />
      <DateInput
        id="contractEnd"
        legend="When does (or did) the contract end?"
        hint="Without extensions. For example, 31 3 2026"
        defaultValue={datePartsFromIso(experience?.contractEnd)}
        error={error('contractEnd')}
        errorParts={dateParts['contractEnd']}
      />
      <Radios
        id="isCurrent"
        name="isCurrent"
        legend="Is the contract current?"
        items={YES_NO}
        defaultValue={yesNo(experience?.isCurrent)}
        error={error('isCurrent')}
      />
      <TextInput
        id="extensionOptions"
        label="Extension options (optional)"
        hint="For example, two one-year extensions"
        defaultValue={experience?.extensionOptions}
        error={error('extensionOptions')}
      />
      <Select
        id="valueBand"
        name="valueBand"
        label="Whole-life contract value"
        options={options(CONTRACT_VALUE_BANDS, 'Choose a value band')}
        defaultValue={experience?.valueBand.key ?? ''}
        error={error('valueBand')}
      />
      <Select
        id="routeToMarket"
        name="routeToMarket"
        label="Route to market"
        options={options(ROUTES_TO_MARKET, 'Choose a route')}
        defaultValue={experience?.routeToMarket.key ?? ''}
        error={error('routeToMarket')}
      />
      <TextInput
        id="frameworkName"
        label="Framework (for framework routes)"
        hint="For example, G-Cloud 14"
        defaultValue={experience?.frameworkName ?? undefined}
        error={error('frameworkName')}
      />
      <TextInput
        id="frameworkLot"
        label="Lot (optional)"
        hint="For example, Lot 2: cloud software"
        defaultValue={experience?.frameworkLot ?? undefined}
        error={error('frameworkLot')}
      />
    </>
  );
}
