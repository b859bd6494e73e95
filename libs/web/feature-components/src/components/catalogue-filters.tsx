import type { ComponentCatalogueQuery } from '@lgx/web/data-access';
import { FilterCheckboxes } from '@lgx/web/ui';

import { CATALOGUE_FACETS, type CatalogueState } from '../model/catalogue-state';

type Facet = ComponentCatalogueQuery['search']['facets'][number];

interface CatalogueFiltersProps {
  state: CatalogueState;
  /** The facets of the results, with counts; none while they load. */
  facets: readonly Facet[] | undefined;
  onChange: (attribute: string, value: string, checked: boolean) => void;
}

/** Filter by each catalogue facet; a value chosen stays listed even when nothing has it now. */
export function CatalogueFilters({ state, facets, onChange }: CatalogueFiltersProps) {
  const checked = (attribute: string) =>
    state.facets.find((facet) => facet.attribute === attribute)?.values ?? [];
  return (
    <>
      <h2 className="govuk-heading-m">Filter</h2>
      {CATALOGUE_FACETS.map((attribute) => {
        const facet = facets?.find((f) => f.attribute === attribute);
        const values = new Map((facet?.values ?? []).map((v) => [v.value, v.count]));
        for (const value of checked(attribute)) if (!values.has(value)) values.set(value, 0);
        if (values.size === 0) return null;
        return (
          <FilterCheckboxes
            key={attribute}
            id={`filter-${attribute}`}
            legend={facet?.label ?? attribute}
            options={[...values.entries()].map(([value, count]) => ({
              value,
              label: value,
              count,
              checked: checked(attribute).includes(value),
            }))}
            onChange={(value, isChecked) => onChange(attribute, value, isChecked)}
          />
        );
      })}
    </>
  );
}
