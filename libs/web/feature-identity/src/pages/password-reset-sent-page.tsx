import { usePageTitle } from '@lgx/web/ui';
import { Link, useLocation } from 'react-router';

/** After asking for a reset link. Says the same whether or not the account exists. */
export function PasswordResetSentPage() {
  const state = useLocation().state as { email?: string } | null;
  usePageTitle('Check your email');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Check your email</h1>
        <p className="govuk-body">
          If {state?.email ? <strong>{state.email}</strong> : 'that email address'} has an LGX
          account, we have sent it a link to choose a new password. The link works once, for 1 hour.
        </p>
        <p className="govuk-body">
          If you do not get the email within a few minutes, check your spam or junk folder, or{' '}
          <Link className="govuk-link" to="/forgotten-password">
            ask for another link
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
