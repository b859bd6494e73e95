import type { ReactNode } from 'react';

/** The GOV.UK inline error above a field, prefixed "Error:" for screen readers. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="govuk-error-message" id={id}>
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}
