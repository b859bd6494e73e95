import { FilterCheckboxes, type FilterCheckboxOption } from '@lgx/web/ui';
import { Link } from 'react-router';

import type { FilterGroup } from '../model/filter-groups';
import { CONTENT_TYPE_ATTRIBUTE } from '../model/search-catalogue';
import { NEAR_COUNCIL_KM } from '../model/search-state';

/** "Near my council" and "Councils like mine", for an officer of a council (or a shared link). */
export interface CouncilFilters {
  /** The viewer's council, if they are one of its officers. */
  mine: { code: string; name: string } | null;
  /** The council of the filters in force, with its name once known. */
  near: { code: string; name: string | null } | null;
  like: { code: string; name: string | null } | null;
}

export const NEAR = 'near';
export const LIKE = 'like';
const FORMER = 'former';

function councilOptions({ mine, near, like }: CouncilFilters): FilterCheckboxOption[] {
  const options: FilterCheckboxOption[] = [];
  const isMine = (code: string) => code === mine?.code;
  if (mine || near)
    options.push({
      value: NEAR,
      label:
        !near || isMine(near.code)
          ? `Near my council (within ${NEAR_COUNCIL_KM} km)`
          : `Near ${near.name ?? near.code} (within ${NEAR_COUNCIL_KM} km)`,
      checked: near !== null,
    });
  if (mine || like)
    options.push({
      value: LIKE,
      label:
        !like || isMine(like.code)
          ? 'Councils like mine'
          : `Councils like ${like.name ?? like.code}`,
      checked: like !== null,
    });
  return options;
}

interface SearchFiltersProps {
  groups: FilterGroup[];
  councils: CouncilFilters;
  /** Where "Clear filters" goes; none when nothing is filtered. */
  clearHref: string | null;
  /** Resolves once the results' address has changed. */
  onChange: (attribute: string, value: string, checked: boolean) => Promise<void>;
  onCouncilChange: (filter: typeof NEAR | typeof LIKE, checked: boolean) => Promise<void>;
  /** "Include former councils", when councils can be among the results; null otherwise. */
  former: { checked: boolean; onChange: (checked: boolean) => Promise<void> } | null;
}

/** The filters beside the results: content type, the viewer's council, then each facet. */
export function SearchFilters({
  groups,
  councils,
  clearHref,
  onChange,
  onCouncilChange,
  former,
}: SearchFiltersProps) {
  const councilGroup = councilOptions(councils);
  const [types, facets] = [
    groups.filter((group) => group.attribute === CONTENT_TYPE_ATTRIBUTE),
    groups.filter((group) => group.attribute !== CONTENT_TYPE_ATTRIBUTE),
  ];
  const group = (item: FilterGroup) => (
    <FilterCheckboxes
      key={item.attribute}
      id={`filter-${item.attribute}`}
      legend={item.label}
      options={item.options}
      onChange={(value, checked) => onChange(item.attribute, value, checked)}
    />
  );
  return (
    <div className="lgx-search-filters">
      <h2 className="govuk-heading-m">Filter results</h2>
      {clearHref && (
        <p className="govuk-body">
          <Link className="govuk-link" to={clearHref}>
            Clear filters
          </Link>
        </p>
      )}
      {types.map(group)}
      {councilGroup.length > 0 && (
        <FilterCheckboxes
          id="filter-council"
          legend={councils.mine ? 'Your council' : 'Council'}
          hint={councils.mine?.name}
          options={councilGroup}
          onChange={(value, checked) => onCouncilChange(value === NEAR ? NEAR : LIKE, checked)}
        />
      )}
      {former && (
        <FilterCheckboxes
          id="filter-former"
          legend="Former councils"
          hint="Councils that no longer exist, such as those merged into a unitary council."
          options={[{ value: FORMER, label: 'Include former councils', checked: former.checked }]}
          onChange={(_value, checked) => former.onChange(checked)}
        />
      )}
      {facets.map(group)}
    </div>
  );
}
