/**
 * A polite live region that is always in the page, so screen readers
 * announce "Saving…" when a form is sent. Empty while nothing happens.
 */
export function FormStatus({ busy, label }: { busy: boolean; label: string }) {
  return (
    <p className="govuk-body govuk-hint lgx-form-status" role="status" aria-live="polite">
      {busy ? `${label}…` : ''}
    </p>
  );
}
