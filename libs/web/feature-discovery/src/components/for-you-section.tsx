import { Loading } from '@lgx/web/ui';
import type { ReactNode } from 'react';

interface ForYouSectionProps {
  id: string;
  heading: string;
  /** Said while it loads, e.g. "Loading questions to your council". */
  loadingLabel: string;
  loading: boolean;
  /** Set when it could not load: what to say instead, and what to do. */
  failed: ReactNode | undefined;
  children: ReactNode;
}

/** One part of "for you": its heading, then what loads, or why it did not. */
export function ForYouSection({
  id,
  heading,
  loadingLabel,
  loading,
  failed,
  children,
}: ForYouSectionProps) {
  return (
    <section aria-labelledby={id} className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s" id={id}>
        {heading}
      </h3>
      {failed ? (
        <p className="govuk-body" role="status">
          {failed}
        </p>
      ) : loading ? (
        <Loading label={loadingLabel} />
      ) : (
        children
      )}
    </section>
  );
}
