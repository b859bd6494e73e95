import { GROUP_STAGES } from '@lgx/shared/domain';
import { Button, CpvAutocomplete, Select, TextInput } from '@lgx/web/ui';

import type { GroupFilters } from '../hooks/use-group-filters';

const STAGE_OPTIONS = [
  { value: '', label: 'Any stage' },
  ...Object.entries(GROUP_STAGES).map(([value, label]) => ({ value, label })),
];

/** The groups list's filters, sent in the address (a plain GET form). */
export function GroupFiltersForm({ filters }: { filters: GroupFilters }) {
  return (
    <form method="get" action="/procurement-groups" aria-label="Filter groups">
      <h2 className="govuk-heading-m">Filter</h2>
      <TextInput
        id="search"
        name="search"
        label="Words in the title or need"
        defaultValue={filters.search}
      />
      <CpvAutocomplete
        key={filters.category}
        id="category"
        name="category"
        label="Category"
        hint="Start typing what it is, like “software”; leave it empty for any category"
        defaultCode={filters.category}
        divisionsOnly
      />
      <Select
        id="stage"
        name="stage"
        label="Stage"
        options={STAGE_OPTIONS}
        defaultValue={filters.stage}
      />
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="mine"
              name="mine"
              type="checkbox"
              value="yes"
              defaultChecked={filters.mine}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="mine">
              Only groups my council is in
            </label>
          </div>
        </div>
      </div>
      <Button variant="secondary">Apply filters</Button>
    </form>
  );
}
