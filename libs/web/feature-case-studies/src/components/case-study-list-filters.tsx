import type { CaseStudyListQuery } from '@lgx/web/data-access';
import { FilterCheckboxes } from '@lgx/web/ui';
import { Link } from 'react-router';

type Counts = CaseStudyListQuery['search']['facets'];

interface CaseStudyListFiltersProps {
  /** The filters search offers for case studies, in order. */
  facets: readonly { attribute: string; label: string }[];
  /** Counts of the results by value; none while they load. */
  counts: Counts | undefined;
  chosen: Readonly<Record<string, readonly string[]>>;
  /** Where the same list without filters is; none when nothing is filtered. */
  clearHref: string | null;
  onChange: (attribute: string, value: string, checked: boolean) => void;
}

/**
 * A box of checkboxes per filter, with how many case studies have each value;
 * a chosen value stays listed even when no case study has it now.
 */
export function CaseStudyListFilters({
  facets,
  counts,
  chosen,
  clearHref,
  onChange,
}: CaseStudyListFiltersProps) {
  const groups = facets
    .map(({ attribute, label }) => {
      const counted = counts?.find((facet) => facet.attribute === attribute)?.values ?? [];
      const ticked = chosen[attribute] ?? [];
      const options = [
        ...counted.map(({ value, count }) => ({ value, count })),
        ...ticked
          .filter((value) => !counted.some((option) => option.value === value))
          .map((value) => ({ value, count: 0 })),
      ].map(({ value, count }) => ({
        value,
        label: value,
        count,
        checked: ticked.includes(value),
      }));
      return { attribute, label, options };
    })
    .filter((group) => group.options.length > 0);
  // Nothing to filter by (nothing published yet, or still loading): no heading over nothing.
  if (groups.length === 0 && !clearHref) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Filter case studies</h2>
      {clearHref && (
        <p className="govuk-body">
          <Link className="govuk-link" to={clearHref}>
            Clear filters
          </Link>
        </p>
      )}
      {groups.map(({ attribute, label, options }) => (
        <FilterCheckboxes
          key={attribute}
          id={`case-study-filter-${attribute}`}
          legend={label}
          options={options}
          onChange={(value, checked) => onChange(attribute, value, checked)}
        />
      ))}
    </>
  );
}
