import { COUNCIL_TYPES, NATION_KEYS } from '@lgx/shared/domain';
import { Button, Checkboxes, Select, TextInput } from '@lgx/web/ui';

import type { SectorFilterValues } from '../model/sector-map-view';

const TYPE_OPTIONS = [
  { value: '', label: 'Any type' },
  ...Object.entries(COUNCIL_TYPES).map(([value, label]) => ({ value, label })),
];
const NATION_OPTIONS = [
  { value: '', label: 'Any nation' },
  ...Object.entries(NATION_KEYS).map(([value, label]) => ({ value, label })),
];

/** The sector map's filters, sent in the address (a plain GET form). */
export function SectorFilters({ filter }: { filter: SectorFilterValues }) {
  return (
    <form
      method="get"
      action="/sector-map"
      aria-label="Filter the sector map"
      key={JSON.stringify(filter)}
    >
      <Select
        id="councilType"
        name="councilType"
        label="Council type"
        options={TYPE_OPTIONS}
        defaultValue={filter.councilType}
      />
      <Select
        id="nation"
        name="nation"
        label="Nation"
        options={NATION_OPTIONS}
        defaultValue={filter.nation}
      />
      <TextInput
        id="region"
        name="region"
        label="Region"
        hint="For example, East Midlands; leave it empty for any region"
        defaultValue={filter.region}
        className="govuk-!-width-two-thirds"
      />
      <Checkboxes
        id="measuredOnly"
        name="measuredOnly"
        legend="Figures"
        legendClassName="govuk-fieldset__legend--s"
        hint="Count only case studies whose councils measured their figures after going live (not a forecast) and state an investment, a cashable saving and how long it lasts"
        items={[{ value: 'true', label: 'Only measured figures (actuals)' }]}
        defaultValues={filter.measuredOnly ? ['true'] : []}
        small
      />
      <Button variant="secondary">Show the map</Button>
    </form>
  );
}
