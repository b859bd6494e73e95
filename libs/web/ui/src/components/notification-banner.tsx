import { type ReactNode, useEffect, useId, useRef } from 'react';

/**
 * GOV.UK notification banner. A success banner is an alert and takes focus,
 * as after a change the person needs to know it worked.
 */
export function NotificationBanner({
  success = false,
  title = success ? 'Success' : 'Important',
  heading,
  children,
}: {
  success?: boolean;
  title?: string;
  heading: ReactNode;
  children?: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (success) ref.current?.focus();
  }, [success]);
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      tabIndex={success ? -1 : undefined}
      ref={ref}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
