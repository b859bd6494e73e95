import { COUNCIL_TYPES, NATION_KEYS, REGIONS } from '@lgx/shared/domain';
import { Select, TextInput } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link } from 'react-router';

/** The register's filters, filled in from the address: name, nation, region and type. */
export function CouncilFilters({
  params,
  filtered,
  onSubmit,
}: {
  params: URLSearchParams;
  filtered: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form className="lgx-filters" onSubmit={onSubmit} role="search" aria-label="Filter councils">
      <h2 className="govuk-heading-m">Filter</h2>
      <TextInput
        id="name"
        name="name"
        label="Name or code"
        defaultValue={params.get('name') ?? ''}
        autoComplete="off"
        spellCheck={false}
      />
      <Select
        id="nation"
        name="nation"
        label="Nation"
        defaultValue={params.get('nation') ?? ''}
        options={[
          { value: '', label: 'All nations' },
          ...Object.entries(NATION_KEYS).map(([value, label]) => ({ value, label })),
        ]}
      />
      <Select
        id="region"
        name="region"
        label="Region"
        defaultValue={params.get('region') ?? ''}
        options={[
          { value: '', label: 'All regions' },
          ...REGIONS.map((region) => ({ value: region, label: region })),
        ]}
      />
      <Select
        id="type"
        name="type"
        label="Type of council"
        defaultValue={params.get('type') ?? ''}
        options={[
          { value: '', label: 'All types' },
          ...Object.entries(COUNCIL_TYPES).map(([value, label]) => ({ value, label })),
        ]}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Apply filters
        </button>
        {filtered && (
          <Link to="/councils" className="govuk-link">
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
