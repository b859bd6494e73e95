import { type ReactNode, useEffect, useRef, useState } from 'react';

import { Button } from './button';

interface ConfirmStepProps {
  /** The question, such as "Publish this case study?". */
  heading: string;
  /** What happens and who will see it. */
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A GOV.UK confirmation step in the page: the question as a heading (which
 * takes focus, so screen readers read it out), what will happen, and the
 * button that does it beside "Cancel". Escape cancels too.
 */
export function ConfirmStep({
  heading,
  children,
  confirmLabel,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmStepProps) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <section className="lgx-confirm-step govuk-inset-text" aria-labelledby="confirm-step-heading">
      <h2 className="govuk-heading-m" id="confirm-step-heading" tabIndex={-1} ref={title}>
        {heading}
      </h2>
      {children}
      <div className="govuk-button-group">
        <Button type="button" busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}

/**
 * Whether a confirmation step is showing, opened by the button with this id;
 * cancelling it brings focus back to that button.
 */
export function useConfirmStep(buttonId: string) {
  const [asking, setAsking] = useState(false);
  const cancelled = useRef(false);
  useEffect(() => {
    if (!asking && cancelled.current) document.getElementById(buttonId)?.focus();
  }, [asking, buttonId]);
  return {
    asking,
    ask: () => setAsking(true),
    /** Closes the step once its action is done (focus goes where the outcome puts it). */
    close: () => setAsking(false),
    cancel: () => {
      cancelled.current = true;
      setAsking(false);
    },
  };
}
