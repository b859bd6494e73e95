import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  value: ReactNode;
  /** A "Change" link or similar, with hidden text naming what it changes. */
  action?: ReactNode;
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  const anyActions = rows.some((row) => row.action);
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div
          className={`govuk-summary-list__row${anyActions && !row.action ? ' govuk-summary-list__row--no-actions' : ''}`}
          key={row.key}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action && <dd className="govuk-summary-list__actions">{row.action}</dd>}
        </div>
      ))}
    </dl>
  );
}
