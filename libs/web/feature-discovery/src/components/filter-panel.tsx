import { Button, TABLET_AND_WIDER, useMediaQuery } from '@lgx/web/ui';
import { type ReactNode, useState } from 'react';

export const FILTERS_ID = 'search-filters';

/**
 * Where the filters go: beside the results on a wide screen; on a phone,
 * behind a "Filter" button above the results, so the results come first.
 */
export function FilterPanel({ filtered, children }: { filtered: boolean; children: ReactNode }) {
  const wide = useMediaQuery(TABLET_AND_WIDER);
  const [open, setOpen] = useState(false);
  if (wide) return <div className="govuk-grid-column-one-third">{children}</div>;
  return (
    <div className="govuk-grid-column-full">
      <Button
        type="button"
        variant="secondary"
        className="lgx-filter-toggle"
        aria-controls={FILTERS_ID}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide filters' : filtered ? 'Filter (filters applied)' : 'Filter'}
      </Button>
      <div id={FILTERS_ID} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
