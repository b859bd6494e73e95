/** A polite status message while data loads, announced by screen readers. */
export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <p className="govuk-body govuk-hint" role="status" aria-live="polite">
      {label}…
    </p>
  );
}
