import type { ReactNode } from 'react';

/** A GOV.UK summary card: a titled box around a summary list (or other content). */
export function SummaryCard({
  title,
  headingLevel = 2,
  actions,
  children,
}: {
  title: string;
  headingLevel?: 2 | 3;
  /** Links about the whole card, such as "Change". */
  actions?: ReactNode[];
  children: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {actions && actions.length > 0 && (
          <ul className="govuk-summary-card__actions">
            {actions.map((action, index) => (
              // An action's identity is its place.
              <li className="govuk-summary-card__action" key={index}>
                {action}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
