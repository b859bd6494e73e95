import { type ReactNode, useState } from 'react';

/**
 * GOV.UK details for one objective whose form is only put in the page once
 * opened: a map has eight objectives of eleven technologies each, and a page
 * of every input at once is slow to load and to move through.
 */
export function ObjectiveDetails({ summary, children }: { summary: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="govuk-details"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{opened ? children : null}</div>
    </details>
  );
}
