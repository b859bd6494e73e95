import { Panel, usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

/** After a password reset. */
export function PasswordResetDonePage() {
  usePageTitle('Your password has been changed');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Your password has been changed" />
        <p className="govuk-body">
          For your security, you have been signed out of LGX everywhere. Sign in with your new
          password.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Sign in
          </Link>
        </p>
      </div>
    </div>
  );
}
