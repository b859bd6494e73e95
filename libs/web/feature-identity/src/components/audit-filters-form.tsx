import { Button, Select, TextInput } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link } from 'react-router';

import { AUDIT_OUTCOMES } from '../model/audit-filters';
import { capitalise } from './audit-events-table';

/** The audit log's filters, filled in from the address: action prefix and outcome. */
export function AuditFiltersForm({
  params,
  filtered,
  onSubmit,
}: {
  params: URLSearchParams;
  filtered: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form
      className="lgx-filters lgx-filters--inline"
      onSubmit={onSubmit}
      role="search"
      aria-label="Filter the audit log"
    >
      <TextInput
        id="action"
        label="Action starts with"
        hint="For example sign-in, mfa or council.members"
        defaultValue={params.get('action') ?? ''}
        className="govuk-input--width-20"
        autoComplete="off"
        spellCheck={false}
      />
      <Select
        id="outcome"
        name="outcome"
        label="Outcome"
        defaultValue={params.get('outcome') ?? ''}
        options={[
          { value: '', label: 'Any outcome' },
          ...AUDIT_OUTCOMES.map((value) => ({ value, label: capitalise(value) })),
        ]}
      />
      <div className="govuk-button-group">
        <Button variant="secondary">Apply filters</Button>
        {filtered && (
          <Link to="/admin/audit-log" className="govuk-link">
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
