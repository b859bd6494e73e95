import { NotificationBanner } from '@lgx/web/ui';

/** Why setting up two-factor authentication cannot wait: the person's role needs it. */
export function TwoFactorNeededBanner() {
  return (
    <NotificationBanner heading="Your role needs two-factor authentication">
      <p className="govuk-body">
        Set it up now to continue. It keeps your council’s members and data safe, even if someone
        learns your password.
      </p>
    </NotificationBanner>
  );
}
